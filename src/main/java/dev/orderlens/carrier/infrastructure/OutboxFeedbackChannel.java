package dev.orderlens.carrier.infrastructure;

import dev.orderlens.carrier.application.FeedbackReports;
import dev.orderlens.carrier.domain.CarrierFeedbackChannel;
import dev.orderlens.carrier.domain.report.FeedbackReport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The {@link CarrierFeedbackChannel} port as a durable hand-over: "send" means the periodic report
 * for the report's period is archived and queued for the carrier's endpoint, exactly once, and
 * {@link ReportPushHandler} delivers it with retries.
 */
@ApplicationScoped
public class OutboxFeedbackChannel implements CarrierFeedbackChannel {

  @Inject FeedbackReports reports;

  @Override
  public void send(FeedbackReport report) {
    reports.publish(report);
  }
}
