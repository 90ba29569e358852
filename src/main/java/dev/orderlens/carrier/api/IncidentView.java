package dev.orderlens.carrier.api;

import dev.orderlens.carrier.domain.complaint.TextDigest;
import dev.orderlens.carrier.domain.report.IncidentStore;
import java.time.Instant;
import java.util.List;

/** An incident as carriers and admins see it: the parcel, the evidence as digests, the answer. */
public record IncidentView(
    long id,
    String carrier,
    String trackingNumber,
    String category,
    String carrierStatusCode,
    List<String> signals,
    List<String> eventCodes,
    List<String> evidence,
    String postcodePrefix,
    String state,
    String disputeReason,
    Instant openedAt,
    Instant changedAt) {

  static IncidentView of(IncidentStore.Stored stored) {
    var i = stored.incident();
    var s = i.snapshot();
    return new IncidentView(
        stored.id(),
        stored.carrier(),
        s.trackingNumber(),
        s.category().name(),
        s.carrierStatusCode(),
        s.signals(),
        s.eventCodes(),
        s.evidence().stream().map(TextDigest::toString).toList(),
        s.postcodePrefix() == null ? null : s.postcodePrefix().value(),
        s.state().name(),
        s.disputeReason(),
        i.openedAt(),
        i.changedAt());
  }
}
