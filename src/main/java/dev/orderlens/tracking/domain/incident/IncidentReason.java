package dev.orderlens.tracking.domain.incident;

import dev.orderlens.tracking.domain.Blame;
import java.util.Locale;

/**
 * A reason a delivery failed or was held, named as Karrio names incident reasons. The prefix of the
 * code carries the blame; a consignee reason the customer disputes (the "you were not home" scan
 * the customer says is false) becomes the carrier's.
 */
public enum IncidentReason {
  CARRIER_DAMAGED_PARCEL,
  CARRIER_PARCEL_LOST,
  CARRIER_SORTING_ERROR,
  CARRIER_ADDRESS_NOT_FOUND,
  CARRIER_NOT_ENOUGH_TIME,
  CARRIER_REJECTED_PARCEL,
  CONSIGNEE_NOT_HOME,
  CONSIGNEE_BUSINESS_CLOSED,
  CONSIGNEE_REFUSED,
  CONSIGNEE_MOVED,
  CONSIGNEE_ACCESS_RESTRICTED,
  CONSIGNEE_NOT_COLLECTED,
  CONSIGNEE_INCORRECT_ADDRESS,
  RETAILER_INCORRECT_ADDRESS,
  RETAILER_LABEL_ERROR,
  RETAILER_PROHIBITED_ITEMS,
  CUSTOMS_DELAY,
  CUSTOMS_DUTIES_UNPAID,
  CUSTOMS_DOCUMENTATION,
  WEATHER_DELAY,
  FORCE_MAJEURE,
  RETURN_TO_SENDER,
  UNKNOWN;

  /** The lower-case code, e.g. {@code consignee_not_home}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whose doing it is, as the carrier reported it. */
  public Blame blame() {
    return blame(false);
  }

  /**
   * Whose doing it is once the customer's word is heard: a disputed consignee reason is the
   * carrier's (an attempt that did not happen), an undisputed one stays the consignee's.
   */
  public Blame blame(boolean disputedByCustomer) {
    String code = code();
    if (code.startsWith("consignee_")) {
      return disputedByCustomer ? Blame.CARRIER : Blame.CONSIGNEE;
    }
    if (code.startsWith("carrier_")) {
      return Blame.CARRIER;
    }
    if (code.startsWith("retailer_")) {
      return Blame.RETAILER;
    }
    if (code.startsWith("customs_")) {
      return Blame.CUSTOMS;
    }
    if (this == WEATHER_DELAY || this == FORCE_MAJEURE) {
      return Blame.FORCE_MAJEURE;
    }
    return Blame.UNKNOWN;
  }
}
