package dev.orderlens.order.domain;

/** Who the parcel is addressed to, kept apart from the buyer: for a gift they differ. */
public record ShippingRecipient(Party person, Address address) {
  public static final ShippingRecipient UNKNOWN = new ShippingRecipient(Party.UNKNOWN, null);
}
