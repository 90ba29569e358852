package dev.orderlens.carrier.domain;

import dev.orderlens.carrier.domain.report.FeedbackReport;

/**
 * Outbound port to a carrier's account team. Carriers take feedback in different ways (a signed
 * webhook, an SFTP drop, a ticket in their portal), so the domain only says "send this report";
 * adapters in {@code carrier.infrastructure} serialise, sign and deliver it.
 */
public interface CarrierFeedbackChannel {

  /**
   * Delivers one report. Implementations must not add personal data to what they send and should
   * throw an unchecked exception when the carrier did not accept it, so the caller can retry.
   */
  void send(FeedbackReport report);
}
