package dev.orderlens.tracking.domain.suspicion;

/** One reason to doubt an attempt, with the words that justify it. */
public record SuspicionSignal(Kind kind, String explanation) {

  /** How strongly this signal alone suggests the attempt did not happen, 0..1. */
  public double weight() {
    return kind.weight;
  }

  /**
   * The signals the policy knows, with their weights. No single signal but a far-away scan comes
   * close to the default threshold alone; it takes two kinds of evidence to call an attempt false.
   */
  public enum Kind {
    SCANNED_FAR_FROM_DESTINATION(0.45),
    OUTSIDE_DELIVERY_WINDOW(0.25),
    NO_OUT_FOR_DELIVERY_SCAN(0.3),
    DELIVERED_NEXT_DAY_SAME_ROUTE(0.2),
    SEVERAL_ATTEMPTS_WITHIN_MINUTES(0.35),
    OTHER_PARCEL_DUE_NEXT_DAY(0.15),
    CUSTOMER_DISPUTES(0.35);

    private final double weight;

    Kind(double weight) {
      this.weight = weight;
    }
  }
}
