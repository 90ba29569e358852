package dev.orderlens.carrier.domain.report;

import dev.orderlens.carrier.domain.ComplaintCategory;
import dev.orderlens.carrier.domain.complaint.TextDigest;
import dev.orderlens.tracking.domain.ledger.PostcodePrefix;
import java.util.List;

/**
 * An incident as a report shows it at one moment: what the carrier needs to investigate and nothing
 * about the customer beyond a postcode prefix and digests.
 *
 * @param carrierStatusCode the carrier's own status code at the time (e.g. {@code AttemptFail_002})
 * @param eventCodes tracking event codes supporting it
 * @param evidence digests of the customer's words (and any other evidence), never the content
 * @param postcodePrefix destination region, or null
 * @param disputeReason the carrier's reason code when disputed, else null
 */
public record IncidentSnapshot(
    String trackingNumber,
    ComplaintCategory category,
    String carrierStatusCode,
    List<String> signals,
    List<String> eventCodes,
    List<TextDigest> evidence,
    PostcodePrefix postcodePrefix,
    IncidentState state,
    String disputeReason) {

  public IncidentSnapshot {
    signals = List.copyOf(signals);
    eventCodes = List.copyOf(eventCodes);
    evidence = List.copyOf(evidence);
  }
}
