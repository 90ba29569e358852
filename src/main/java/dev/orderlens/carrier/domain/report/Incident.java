package dev.orderlens.carrier.domain.report;

import dev.orderlens.carrier.domain.complaint.ComplaintKey;
import dev.orderlens.carrier.domain.complaint.ComplaintRecord;
import dev.orderlens.carrier.domain.complaint.TextDigest;
import dev.orderlens.tracking.domain.ledger.PostcodePrefix;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A carrier-blamed complaint reported to the carrier, and the carrier's answer. It is opened from a
 * {@link ComplaintRecord} and shares its key, so a parcel has at most one incident per category.
 * Transitions: OPEN → ACKNOWLEDGED, OPEN → DISPUTED, DISPUTED → ACKNOWLEDGED; repeating the current
 * state is a no-op, anything else is refused. A dispute needs a reason code (such as {@code
 * POD_SIGNED}), never free text, so no customer detail slips in through the carrier's answer.
 */
public final class Incident {

  private static final Pattern REASON_CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,63}");

  private final ComplaintRecord complaint;
  private final String carrierStatusCode;
  private final PostcodePrefix postcodePrefix;
  private final Instant openedAt;
  private IncidentState state;
  private String disputeReason;
  private Instant changedAt;

  private Incident(
      ComplaintRecord complaint, String carrierStatusCode, PostcodePrefix prefix, Instant at) {
    this.complaint = Objects.requireNonNull(complaint, "complaint");
    this.carrierStatusCode = carrierStatusCode;
    this.postcodePrefix = prefix;
    this.openedAt = Objects.requireNonNull(at, "opened at");
    this.state = IncidentState.OPEN;
    this.changedAt = at;
  }

  /**
   * Opens an incident for a complaint the carrier is blamed for. The full postcode is shortened
   * here and not kept.
   *
   * @throws IllegalArgumentException when the complaint is not the carrier's fault
   */
  public static Incident open(
      ComplaintRecord complaint, String carrierStatusCode, String postcode, Instant at) {
    if (!complaint.countsAgainstCarrier()) {
      throw new IllegalArgumentException("Only carrier-blamed complaints are reported");
    }
    return new Incident(complaint, carrierStatusCode, PostcodePrefix.of(postcode), at);
  }

  /** Rebuilds a stored incident in the state it was left in. */
  public static Incident restore(
      ComplaintRecord complaint,
      String carrierStatusCode,
      PostcodePrefix prefix,
      Instant openedAt,
      IncidentState state,
      String disputeReason,
      Instant changedAt) {
    Incident incident = new Incident(complaint, carrierStatusCode, prefix, openedAt);
    incident.state = Objects.requireNonNull(state, "state");
    incident.disputeReason = disputeReason;
    incident.changedAt = changedAt;
    return incident;
  }

  public void acknowledge(Instant at) {
    if (state == IncidentState.ACKNOWLEDGED) {
      return;
    }
    moveTo(IncidentState.ACKNOWLEDGED, at);
  }

  public void dispute(String reasonCode, Instant at) {
    if (reasonCode == null || !REASON_CODE.matcher(reasonCode).matches()) {
      throw new IllegalArgumentException("A dispute needs a reason code like POD_SIGNED");
    }
    if (state == IncidentState.DISPUTED) {
      return;
    }
    if (state != IncidentState.OPEN) {
      throw new IllegalStateException("Cannot dispute an incident that is " + state);
    }
    moveTo(IncidentState.DISPUTED, at);
    this.disputeReason = reasonCode;
  }

  private void moveTo(IncidentState next, Instant at) {
    this.state = next;
    this.changedAt = Objects.requireNonNull(at, "at");
  }

  public ComplaintKey key() {
    return complaint.key();
  }

  public IncidentState state() {
    return state;
  }

  public Instant openedAt() {
    return openedAt;
  }

  public Instant changedAt() {
    return changedAt;
  }

  public String carrier() {
    return complaint.carrier();
  }

  public IncidentSnapshot snapshot() {
    List<TextDigest> evidence = List.of(complaint.customerWords());
    return new IncidentSnapshot(
        complaint.trackingNumber(),
        complaint.category(),
        carrierStatusCode,
        complaint.signals(),
        complaint.evidenceEventCodes(),
        evidence,
        postcodePrefix,
        state,
        disputeReason);
  }
}
