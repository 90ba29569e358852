package dev.orderlens.carrier.domain.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.orderlens.carrier.domain.ComplaintCategory;
import dev.orderlens.carrier.domain.CourierComplaint;
import dev.orderlens.carrier.domain.complaint.ComplaintRecord;
import dev.orderlens.tracking.domain.Blame;
import dev.orderlens.tracking.domain.ledger.PostcodePrefix;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class IncidentTest {

  private static final Instant LATER = Instant.parse("2026-11-15T10:00:00Z");

  @Test
  void opensOpenWithAShortenedPostcode() {
    Incident incident = ReportFixtures.falseAttempt();

    assertEquals(IncidentState.OPEN, incident.state());
    assertEquals(new PostcodePrefix("10"), incident.snapshot().postcodePrefix());
  }

  @Test
  void carrierAcknowledgesAnOpenIncident() {
    Incident incident = ReportFixtures.falseAttempt();

    incident.acknowledge(LATER);

    assertEquals(IncidentState.ACKNOWLEDGED, incident.state());
    assertEquals(LATER, incident.changedAt());
  }

  @Test
  void disputedIncidentMayStillBeAcknowledged() {
    Incident incident = ReportFixtures.falseAttempt();

    incident.dispute("POD_SIGNED", LATER);
    assertEquals("POD_SIGNED", incident.snapshot().disputeReason());
    incident.acknowledge(LATER.plusSeconds(60));

    assertEquals(IncidentState.ACKNOWLEDGED, incident.state());
  }

  @Test
  void acknowledgedIncidentCannotBeDisputed() {
    Incident incident = ReportFixtures.falseAttempt();
    incident.acknowledge(LATER);

    assertThrows(IllegalStateException.class, () -> incident.dispute("POD_SIGNED", LATER));
  }

  @Test
  void disputeNeedsAReasonCodeNotFreeText() {
    Incident incident = ReportFixtures.falseAttempt();

    assertThrows(
        IllegalArgumentException.class,
        () -> incident.dispute("Customer Anna signed at 12 Main St", LATER));
    assertEquals(IncidentState.OPEN, incident.state());
  }

  @Test
  void repeatingTheCurrentStateChangesNothing() {
    Incident incident = ReportFixtures.falseAttempt();
    incident.dispute("POD_SIGNED", LATER);

    incident.dispute("OTHER_REASON", LATER.plusSeconds(60));

    assertEquals("POD_SIGNED", incident.snapshot().disputeReason());
    assertEquals(LATER, incident.changedAt());
  }

  @Test
  void onlyCarrierBlamedComplaintsBecomeIncidents() {
    ComplaintRecord retailers =
        ComplaintRecord.of(
            "JJD1",
            "T-1",
            new CourierComplaint(ComplaintCategory.LATE, 0.7, "dhl", Blame.RETAILER),
            "late",
            List.of(),
            List.of());

    assertThrows(
        IllegalArgumentException.class,
        () -> Incident.open(retailers, "InTransit_001", "10115", LATER));
  }

  @Test
  void postcodesAreCutToARegion() {
    assertEquals("101", PostcodePrefix.of("10115").value());
    assertEquals("10", PostcodePrefix.of("1051").value());
    assertEquals("SW1", PostcodePrefix.of("sw1a 1aa").value());
    assertEquals("101", PostcodePrefix.of("101000").value());
    assertEquals(null, PostcodePrefix.of("12"));
  }
}
