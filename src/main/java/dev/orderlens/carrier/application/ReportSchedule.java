package dev.orderlens.carrier.application;

import dev.orderlens.carrier.domain.account.CarrierAccount;
import dev.orderlens.carrier.domain.account.CarrierDirectory;
import dev.orderlens.carrier.domain.scorecard.Period;
import dev.orderlens.platform.BackgroundWork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends every carrier its periodic report when a period has ended, and keeps the score roll-up
 * fresh while tracking keeps changing shipments. Every instance runs the same checks; the report
 * key makes the second instance's report a no-op, so a carrier gets one report per period. Periods
 * are {@code carrier.report.period-days} long (7: Monday to Sunday) counted from Monday 1970-01-05.
 */
@ApplicationScoped
public class ReportSchedule {
  private static final Logger LOG = Logger.getLogger(ReportSchedule.class.getName());
  private static final LocalDate EPOCH_MONDAY = LocalDate.of(1970, 1, 5);

  @Inject BackgroundWork background;
  @Inject CarrierDirectory carriers;
  @Inject FeedbackReports reports;
  @Inject ScoringService scoring;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "carrier.report.period-days", defaultValue = "7")
  int periodDays;

  @Inject
  @ConfigProperty(name = "carrier.report.check-minutes", defaultValue = "60")
  long checkMinutes;

  @Inject
  @ConfigProperty(name = "carrier.rollup.window-days", defaultValue = "120")
  int windowDays;

  private final List<ScheduledFuture<?>> jobs = new ArrayList<>();

  void start(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
    long millis = checkMinutes * 60_000;
    jobs.add(background.poll("carrier-rollup", this::refreshRollup, millis));
    jobs.add(background.poll("carrier-reports", this::sendDueReports, millis));
  }

  void stop(@Observes @BeforeDestroyed(ApplicationScoped.class) Object ignored) {
    jobs.forEach(j -> j.cancel(false));
  }

  /** The last period that has ended before the given day. */
  public static Period lastCompletePeriod(LocalDate today, int periodDays) {
    long index = ChronoUnit.DAYS.between(EPOCH_MONDAY, today) / periodDays;
    LocalDate start = EPOCH_MONDAY.plusDays((index - 1) * periodDays);
    return new Period(start, start.plusDays(periodDays - 1L));
  }

  /** The period whose reports are due now. */
  public Period duePeriod() {
    return lastCompletePeriod(LocalDate.now(clock.withZone(ZoneOffset.UTC)), periodDays);
  }

  /**
   * Brings the carrier's roll-up up to date for the period and produces its report.
   *
   * @return false when that report had already been produced (nothing is sent again)
   */
  public boolean produce(String carrier, Period period) {
    scoring.refresh(carrier, period.from(), period.to());
    return reports.publishPeriodic(carrier, period);
  }

  /** One pass; always false (nothing left to drain). */
  boolean sendDueReports() {
    Period period = duePeriod();
    int sent = 0;
    for (CarrierAccount carrier : carriers.all()) {
      sent += produce(carrier.code(), period) ? 1 : 0;
    }
    int produced = sent;
    LOG.info(
        () ->
            "Carrier reports for " + period.from() + ".." + period.to() + ": " + produced + " new");
    return false;
  }

  boolean refreshRollup() {
    LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
    refreshAll(new Period(today.minusDays(windowDays), today));
    return false;
  }

  /**
   * Rebuilds, one transaction per carrier, the roll-up of every carrier with shipments promised in
   * the period or the 30 days after it (parcels promised ahead are already being scored).
   *
   * @return the shipments counted
   */
  public long refreshAll(Period period) {
    Period window = new Period(period.from(), period.to().plusDays(30));
    long counted = 0;
    for (String carrier : scoring.shippingCarriers(window)) {
      counted += scoring.refresh(carrier, window.from(), window.to());
    }
    return counted;
  }
}
