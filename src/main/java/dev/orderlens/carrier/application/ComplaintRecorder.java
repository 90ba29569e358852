package dev.orderlens.carrier.application;

import dev.orderlens.carrier.domain.CourierComplaint;
import dev.orderlens.carrier.domain.complaint.ComplaintCapture;
import dev.orderlens.carrier.domain.complaint.ComplaintStore;
import dev.orderlens.carrier.domain.scorecard.Period;
import dev.orderlens.platform.BackgroundWork;
import dev.orderlens.tracking.domain.Shipment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns what customers say about couriers into stored complaints, inside the enriching transaction
 * (a complaint exists exactly when its enrichment committed). After the commit it brings the
 * shipment's roll-up day up to date and, for a confirmed false attempt, reports the incident to the
 * carrier at once instead of waiting for the weekly report. Logs name only the category and the
 * carrier, never the customer or the ticket text.
 */
@ApplicationScoped
public class ComplaintRecorder {
  private static final Logger LOG = Logger.getLogger(ComplaintRecorder.class.getName());

  @Inject ComplaintStore complaints;
  @Inject ScoringService scoring;
  @Inject FeedbackReports reports;
  @Inject Event<Recorded> recorded;
  @Inject Clock clock;
  @Inject BackgroundWork background;

  /** A complaint committed; what follows it runs after the commit. */
  public record Recorded(ComplaintStore.Stored stored, boolean confirmedFalseAttempt) {}

  /**
   * Records what the customer said about the courier, inside the caller's (the enriching)
   * transaction. The text is read for a digest only; it is neither stored nor logged.
   *
   * @param ticketKey the ticket's source and id, e.g. {@code zendesk:4711}
   */
  public void record(
      String ticketKey, CourierComplaint complaint, List<Shipment> shipments, String text) {
    ComplaintCapture.from(ticketKey, complaint, shipments, text)
        .ifPresent(
            capture -> {
              ComplaintStore.Stored stored = complaints.record(capture.record(), clock.instant());
              recorded.fire(new Recorded(stored, capture.confirmedFalseAttempt()));
              LOG.info(
                  () ->
                      "Courier complaint "
                          + capture.record().category()
                          + " recorded against "
                          + stored.carrier());
            });
  }

  /** Runs on a managed thread: no transaction may start while the committing one completes. */
  void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Recorded r) {
    background.drainNow(
        "carrier-complaint-follow-up",
        () -> {
          followUp(r);
          return false;
        });
  }

  void followUp(Recorded r) {
    try {
      if (r.stored().promised() != null) {
        scoring.refresh(r.stored().carrier(), r.stored().promised(), r.stored().promised());
      }
      if (r.confirmedFalseAttempt() && r.stored().newIncidentId() != null) {
        var today = java.time.LocalDate.now(clock);
        reports.publishIncident(
            r.stored().carrier(),
            r.stored().newIncidentId(),
            new Period(today.minusDays(6), today));
      }
    } catch (RuntimeException ex) {
      LOG.log(
          Level.WARNING, "Follow-up of a recorded complaint failed: " + ex.getClass().getName());
    }
  }
}
