package dev.orderlens.tracking.domain.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.orderlens.tracking.domain.Blame;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IncidentReasonTest {

  @ParameterizedTest(name = "{0} is blamed on {1}")
  @CsvSource({
    "CARRIER_DAMAGED_PARCEL, CARRIER",
    "CARRIER_PARCEL_LOST, CARRIER",
    "RETAILER_INCORRECT_ADDRESS, RETAILER",
    "CONSIGNEE_NOT_HOME, CONSIGNEE",
    "CONSIGNEE_REFUSED, CONSIGNEE",
    "CUSTOMS_DELAY, CUSTOMS",
    "CUSTOMS_DUTIES_UNPAID, CUSTOMS",
    "WEATHER_DELAY, FORCE_MAJEURE",
    "FORCE_MAJEURE, FORCE_MAJEURE",
    "RETURN_TO_SENDER, UNKNOWN",
    "UNKNOWN, UNKNOWN"
  })
  void prefixOfTheReasonDecidesTheBlame(IncidentReason reason, Blame blame) {
    assertEquals(blame, reason.blame());
  }

  @Test
  void consigneeNotHomeIsTheCarriersWhenTheCustomerDisputesIt() {
    assertEquals(Blame.CARRIER, IncidentReason.CONSIGNEE_NOT_HOME.blame(true));
    assertEquals(Blame.CONSIGNEE, IncidentReason.CONSIGNEE_NOT_HOME.blame(false));
  }

  @Test
  void disputeDoesNotMoveBlameOfNonConsigneeReasons() {
    assertEquals(Blame.CUSTOMS, IncidentReason.CUSTOMS_DELAY.blame(true));
  }

  @Test
  void codeIsTheKarrioStyleName() {
    assertEquals("consignee_not_home", IncidentReason.CONSIGNEE_NOT_HOME.code());
  }

  @Test
  void addresseeNotAvailableSubtagIsAConsigneeNotHomeIncident() {
    SubStatus subStatus = SubStatuses.of("AttemptFail_002").orElseThrow();

    assertEquals(IncidentReason.CONSIGNEE_NOT_HOME, subStatus.reason());
    assertEquals(Blame.CARRIER, subStatus.blame(true));
  }
}
