package dev.orderlens.carrier.domain.report;

import dev.orderlens.carrier.domain.ComplaintCategory;
import dev.orderlens.carrier.domain.CourierComplaint;
import dev.orderlens.carrier.domain.complaint.ComplaintRecord;
import dev.orderlens.carrier.domain.scorecard.Lane;
import dev.orderlens.carrier.domain.scorecard.Period;
import dev.orderlens.carrier.domain.scorecard.ScorecardCalculator;
import dev.orderlens.carrier.domain.scorecard.ShipmentFact;
import dev.orderlens.tracking.domain.Blame;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * Every report the report tests produce, built from inputs full of personal data (names, phones,
 * e-mails, street addresses and full postcodes in the customers' messages and orders), so {@link
 * ReportPrivacyTest} can prove none of it comes out. Each call builds fresh objects.
 */
final class ReportFixtures {

  static final List<String> CUSTOMER_NAMES =
      List.of("Anna Kovács", "Jean-Pierre Dubois", "Мария Иванова", "John O'Brien");
  static final Period NOVEMBER = new Period(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30));
  static final Instant GENERATED = Instant.parse("2026-12-01T06:00:00Z");
  static final Instant OPENED = Instant.parse("2026-11-14T09:30:00Z");

  private ReportFixtures() {}

  static ComplaintRecord complaint(ComplaintCategory category, String tracking, String message) {
    return ComplaintRecord.of(
        tracking,
        "ZD-48213",
        new CourierComplaint(category, 0.85, "dhl", Blame.CARRIER),
        message,
        List.of("NO_OUT_FOR_DELIVERY_SCAN"),
        List.of("AttemptFail_002"));
  }

  static Incident falseAttempt() {
    return Incident.open(
        complaint(
            ComplaintCategory.FALSE_ATTEMPT,
            "JJD000390007712345",
            "Anna Kovács here, Kossuth Lajos utca 12, 1051 Budapest. I was home all day! "
                + "Call me on +36 30 123 4567 or anna.kovacs@example.hu"),
        "AttemptFail_002",
        "1051",
        OPENED);
  }

  static Incident damaged() {
    return Incident.open(
        complaint(
            ComplaintCategory.DAMAGED,
            "00340434161234567890",
            "Jean-Pierre Dubois, 12 rue de la Paix, 75002 Paris: le colis est arrivé écrasé."),
        "Delivered_001",
        "75002",
        OPENED);
  }

  static Incident lost() {
    return Incident.open(
        complaint(
            ComplaintCategory.LOST,
            "CV123456789DE",
            "Мария Иванова, ул. Ленина, д. 5, 101000 Москва, тел. 8 (916) 123-45-67: посылку потеряли"),
        "Exception_013",
        "101000",
        OPENED);
  }

  static List<ShipmentFact> facts() {
    OffsetDateTime delivered = OffsetDateTime.parse("2026-11-09T12:00:00+01:00");
    OffsetDateTime attempt = OffsetDateTime.parse("2026-11-10T09:00:00+01:00");
    LocalDate promised = LocalDate.of(2026, 11, 10);
    return List.of(
        new ShipmentFact("dhl", "paket", "105", promised, null, delivered, false, 2, null),
        new ShipmentFact(
            "dhl",
            "paket",
            "105",
            promised,
            attempt,
            attempt.plusDays(2),
            true,
            4,
            Map.of(ComplaintCategory.FALSE_ATTEMPT, Blame.CARRIER)),
        new ShipmentFact(
            "dhl",
            "paket",
            "750",
            promised,
            null,
            delivered,
            false,
            3,
            Map.of(ComplaintCategory.DAMAGED, Blame.CARRIER)),
        new ShipmentFact(
            "dhl",
            "paket",
            "101",
            promised,
            null,
            null,
            false,
            null,
            Map.of(ComplaintCategory.LOST, Blame.CARRIER)));
  }

  /** Four shipments: delivered 3, on time 2/3, first attempt 2/3, disputed 1/1, damage 1/4. */
  static FeedbackReport dhlNovember() {
    Incident disputedLoss = lost();
    disputedLoss.dispute("SCAN_AT_HUB", OPENED.plusSeconds(3600));
    return FeedbackReport.of(
        ScorecardCalculator.byCarrier(facts(), NOVEMBER).get(0),
        List.of(falseAttempt(), damaged(), disputedLoss),
        GENERATED);
  }

  static FeedbackReport quietMonth() {
    return FeedbackReport.of(
        ScorecardCalculator.scorecard(Lane.carrier("dhl"), NOVEMBER, List.of()),
        List.of(),
        GENERATED);
  }

  static List<FeedbackReport> allReports() {
    return List.of(dhlNovember(), quietMonth());
  }
}
