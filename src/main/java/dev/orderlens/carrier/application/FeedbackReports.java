package dev.orderlens.carrier.application;

import dev.orderlens.carrier.domain.account.CarrierDirectory;
import dev.orderlens.carrier.domain.report.FeedbackReport;
import dev.orderlens.carrier.domain.report.FeedbackReportJson;
import dev.orderlens.carrier.domain.report.Incident;
import dev.orderlens.carrier.domain.report.IncidentStore;
import dev.orderlens.carrier.domain.report.ReportArchive;
import dev.orderlens.carrier.domain.scorecard.Lane;
import dev.orderlens.carrier.domain.scorecard.Period;
import dev.orderlens.carrier.infrastructure.ReportPushHandler;
import dev.orderlens.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Produces feedback reports and hands them to the carrier: stored in the archive (what the pull API
 * shows) and, for a carrier with a push endpoint, queued in the outbox in the same transaction. The
 * report key is both the archive's unique key and the outbox's dedup key, so a report is produced
 * and pushed once however many instances or schedule ticks ask for it: {@code
 * report:<carrier>:<from>_<to>} for a period, {@code report:<carrier>:incident:<id>} for a
 * confirmed false attempt reported at once.
 */
@ApplicationScoped
public class FeedbackReports {

  @Inject ScoringService scoring;
  @Inject IncidentStore incidents;
  @Inject ReportArchive archive;
  @Inject CarrierDirectory carriers;
  @Inject Outbox outbox;
  @Inject Clock clock;

  /** A carrier's report over a period, with the incidents opened in it (nothing is stored). */
  public FeedbackReport build(String carrier, Period period) {
    List<Incident> opened =
        incidents
            .openedBetween(
                carrier,
                period.from().atStartOfDay().toInstant(ZoneOffset.UTC),
                period.to().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC))
            .stream()
            .map(IncidentStore.Stored::incident)
            .filter(i -> carrier.equals(i.carrier()))
            .toList();
    return FeedbackReport.of(
        scoring.scorecard(Lane.carrier(carrier), period), opened, clock.instant());
  }

  /** The periodic report; false when it was already produced. */
  @Transactional
  public boolean publishPeriodic(String carrier, Period period) {
    return publish(build(carrier, period));
  }

  /** Archives and queues a report as its carrier's report for its period (once). */
  @Transactional
  public boolean publish(FeedbackReport report) {
    Period period = report.period();
    return publish("report:" + report.carrier() + ":" + period.from() + "_" + period.to(), report);
  }

  /** A report about one incident alone, sent at once. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean publishIncident(String carrier, long incidentId, Period period) {
    List<Incident> one =
        incidents.findForUpdate(incidentId).stream().map(IncidentStore.Stored::incident).toList();
    FeedbackReport report =
        FeedbackReport.of(scoring.scorecard(Lane.carrier(carrier), period), one, clock.instant());
    return publish("report:" + carrier + ":incident:" + incidentId, report);
  }

  private boolean publish(String key, FeedbackReport report) {
    String body = FeedbackReportJson.write(report);
    if (!archive.store(key, report, body)) {
      return false;
    }
    carriers
        .byCode(report.carrier())
        .filter(c -> c.pushUrl() != null)
        .ifPresent(c -> outbox.enqueue(ReportPushHandler.KIND, c.code(), key, body));
    return true;
  }
}
