package dev.orderlens.privacy.domain;

/** Flags the disclosure policy raises on a ticket, for the agent and for helpdesk rules. */
public enum DisclosureFlag {
  /** The order is a gift. */
  GIFT_ORDER,
  /** The parcel's recipient, not the buyer, is writing. */
  RECIPIENT_CONTACT,
  /** Do not reveal contents, prices or the sender to the person writing. */
  DO_NOT_DISCLOSE,
  /**
   * Do not phone the shipping contact: the call could spoil a surprise or reach the wrong person.
   */
  DO_NOT_CALL_SHIPPING_PHONE,
  /** Nothing is known to belong to the person writing until they prove it. */
  VERIFY_IDENTITY
}
