package dev.orderlens.tracking.infrastructure.aftership;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.orderlens.tracking.domain.Blame;
import dev.orderlens.tracking.domain.TrackingStatus;
import dev.orderlens.tracking.domain.incident.SubStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AfterShipStatusMappingTest {

  @ParameterizedTest(name = "{0}/{1} -> {2} {3}, blamed on {4}")
  @CsvSource({
    "AttemptFail, AttemptFail_002, ATTEMPT_FAIL, AttemptFail_002, CONSIGNEE",
    "AttemptFail, AttemptFail_003, ATTEMPT_FAIL, AttemptFail_003, CONSIGNEE",
    "Exception, Exception_012, EXCEPTION, Exception_012, CARRIER",
    "Exception, Exception_013, EXCEPTION, Exception_013, CARRIER",
    "Exception, Exception_010, EXCEPTION, Exception_010, UNKNOWN",
    "Exception, Exception_011, EXCEPTION, Exception_011, UNKNOWN",
    "Exception, Exception_004, EXCEPTION, Exception_004, CUSTOMS",
    "Exception, Exception_005, EXCEPTION, Exception_005, FORCE_MAJEURE",
    "Exception, Exception_007, EXCEPTION, Exception_007, RETAILER",
    "Delivered, Delivered_005, DELIVERED, Delivered_005, UNKNOWN",
    "InTransit, InTransit_007, IN_TRANSIT, InTransit_007, UNKNOWN",
    "Pending, Pending_001, PENDING, Pending_001, UNKNOWN",
    "Expired, Expired_001, EXPIRED, Expired_001, UNKNOWN"
  })
  void tagAndSubtagMapOntoTheCommonVocabulary(
      String tag, String subtag, TrackingStatus status, String code, Blame blame) {
    SubStatus mapped = AfterShipStatusMapping.map(tag, subtag);

    assertEquals(status, mapped.status());
    assertEquals(code, mapped.code());
    assertEquals(blame, mapped.blame(false));
  }

  @Test
  void unpublishedSubtagFallsBackToTheTagsGenericSubtag() {
    assertEquals("InTransit_001", AfterShipStatusMapping.map("InTransit", "InTransit_099").code());
  }

  @Test
  void unknownTagIsUnknown() {
    assertEquals(TrackingStatus.UNKNOWN, AfterShipStatusMapping.map("Teleported", null).status());
  }
}
