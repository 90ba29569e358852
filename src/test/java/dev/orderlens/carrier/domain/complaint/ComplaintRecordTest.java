package dev.orderlens.carrier.domain.complaint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orderlens.carrier.domain.ComplaintCategory;
import dev.orderlens.carrier.domain.CourierComplaint;
import dev.orderlens.tracking.domain.Blame;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComplaintRecordTest {

  private static final String MESSAGE =
      "I was home all day, nobody rang. Anna Kovács, +36 30 123 4567";

  private static ComplaintRecord falseAttempt(String ticket, double confidence, String signal) {
    return ComplaintRecord.of(
        "jjd 0003 9000 7712",
        ticket,
        new CourierComplaint(ComplaintCategory.FALSE_ATTEMPT, confidence, "dhl", Blame.CARRIER),
        MESSAGE,
        List.of(signal),
        List.of("AttemptFail_002"));
  }

  @Test
  void keepsTheCustomersWordsOnlyAsASha256Digest() {
    ComplaintRecord record = falseAttempt("T-1", 0.8, "NO_OUT_FOR_DELIVERY_SCAN");

    assertEquals(TextDigest.of(MESSAGE), record.customerWords());
    assertEquals(64, record.customerWords().hex().length());
    assertFalse(record.toString().contains("Kovács"));
    assertFalse(record.toString().contains("123 4567"));
  }

  @Test
  void digestOfKnownTextMatchesSha256() {
    // printf 'abc' | sha256sum
    assertEquals(
        "sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
        TextDigest.of("abc").toString());
    assertEquals(TextDigest.of("I was  home\n"), TextDigest.of("I was home"));
  }

  @Test
  void oneComplaintPerShipmentAndCategory() {
    ComplaintRecord first = falseAttempt("T-1", 0.7, "NO_OUT_FOR_DELIVERY_SCAN");
    ComplaintRecord again = falseAttempt("T-2", 0.9, "ATTEMPT_FAR_FROM_DESTINATION");
    ComplaintRecord damaged =
        ComplaintRecord.of(
            "JJD0003 90007712",
            "T-3",
            new CourierComplaint(ComplaintCategory.DAMAGED, 0.6, "dhl", Blame.CARRIER),
            "The box was crushed",
            List.of(),
            List.of());

    assertEquals(first.key(), again.key());
    assertNotEquals(first.key(), damaged.key());
    assertEquals(new ComplaintKey("JJD000390007712", ComplaintCategory.DAMAGED), damaged.key());
  }

  @Test
  void laterTicketAboutTheSameParcelMergesIntoTheFirst() {
    ComplaintRecord merged =
        falseAttempt("T-1", 0.7, "NO_OUT_FOR_DELIVERY_SCAN")
            .mergedWith(falseAttempt("T-2", 0.9, "ATTEMPT_FAR_FROM_DESTINATION"));

    assertEquals("T-1", merged.ticketReference());
    assertEquals(0.9, merged.confidence());
    assertEquals(
        List.of("NO_OUT_FOR_DELIVERY_SCAN", "ATTEMPT_FAR_FROM_DESTINATION"), merged.signals());
    assertEquals(List.of("AttemptFail_002"), merged.evidenceEventCodes());
  }

  @Test
  void complaintsAboutDifferentCategoriesDoNotMerge() {
    ComplaintRecord attempt = falseAttempt("T-1", 0.7, "X");
    ComplaintRecord late =
        new ComplaintRecord(
            "JJD000390007712",
            "dhl",
            "T-9",
            ComplaintCategory.LATE,
            0.6,
            Blame.RETAILER,
            null,
            null,
            TextDigest.of("late"));

    assertThrows(IllegalArgumentException.class, () -> attempt.mergedWith(late));
    assertTrue(attempt.countsAgainstCarrier());
    assertFalse(late.countsAgainstCarrier());
  }
}
