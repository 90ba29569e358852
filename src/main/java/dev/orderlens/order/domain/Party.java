package dev.orderlens.order.domain;

/**
 * A person in an order: the buyer (who paid) or the recipient (who the parcel goes to). Any part
 * may be unknown (null); names alone never identify anyone.
 */
public record Party(String name, String email, String phone) {
  public static final Party UNKNOWN = new Party(null, null, null);

  public boolean hasEmail() {
    return email != null && !email.isBlank();
  }
}
