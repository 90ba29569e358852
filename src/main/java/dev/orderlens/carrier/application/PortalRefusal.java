package dev.orderlens.carrier.application;

/**
 * Why the carrier portal refused a carrier's request. The API answers each with its problem status;
 * the use case knows nothing of HTTP.
 */
public class PortalRefusal extends RuntimeException {

  /** What kind of refusal. */
  public enum Reason {
    /** No such report or incident. */
    NOT_FOUND,
    /** The report or incident belongs to another carrier. */
    NOT_YOURS,
    /** The answer itself is not acceptable (a dispute without a reason). */
    BAD_ANSWER,
    /** The incident cannot take this answer in its current state. */
    WRONG_STATE
  }

  private final Reason reason;

  public PortalRefusal(Reason reason, String detail) {
    super(detail);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
