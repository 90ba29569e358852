package dev.orderlens.privacy.domain;

import dev.orderlens.order.domain.Address;
import dev.orderlens.order.domain.Fulfilment;
import dev.orderlens.order.domain.Order;
import dev.orderlens.order.domain.OrderLine;
import dev.orderlens.order.domain.Party;
import dev.orderlens.order.domain.PaymentState;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What an agent may tell the person writing about an order. The buyer paid and sees everything. A
 * recipient sees where the parcel is, never what was paid or who paid; for a gift not even what is
 * inside, so the surprise and the sender stay private. Someone unverified learns nothing, not even
 * whether an order exists, until they give the order number and the shipping postcode. A gift order
 * is the exception for every writer: the agent is warned of it ({@link GiftContactRule}).
 */
public final class DisclosurePolicy {

  public static final String GIFT_PARCEL = "a gift parcel";
  public static final String GIFT_RECIPIENT_INSTRUCTION =
      "Contact the buyer only; do not reveal the contents, price or sender.";
  public static final String RECIPIENT_INSTRUCTION =
      "The recipient is writing, not the buyer: share delivery status only, never prices, payment"
          + " or the buyer's details.";
  public static final String VERIFY_INSTRUCTION =
      "Identity not verified: ask for the order number and the shipping postcode before sharing"
          + " anything, and do not confirm or deny that an order exists.";

  public Disclosure disclose(Order order, ContactRole role, GiftAssessment gift) {
    boolean isGift = order != null && gift != null && gift.isGift();
    if (order == null || role == null || role == ContactRole.UNVERIFIED) {
      if (isGift) {
        List<DisclosureFlag> flags = new ArrayList<>(List.of(DisclosureFlag.VERIFY_IDENTITY));
        flags.addAll(GiftContactRule.flags());
        return new Disclosure(
            null,
            flags,
            VERIFY_INSTRUCTION,
            GiftContactRule.warning(order, gift, ContactRole.UNVERIFIED));
      }
      return new Disclosure(null, List.of(DisclosureFlag.VERIFY_IDENTITY), VERIFY_INSTRUCTION);
    }
    if (role == ContactRole.BUYER) {
      return isGift
          ? new Disclosure(
              GiftContactRule.withoutRecipientContact(order),
              GiftContactRule.flags(),
              null,
              GiftContactRule.warning(order, gift, ContactRole.BUYER))
          : new Disclosure(order, List.of(), null);
    }
    if (isGift) {
      return new Disclosure(
          GiftContactRule.withoutRecipientContact(forRecipient(order, true)),
          List.of(
              DisclosureFlag.GIFT_ORDER,
              DisclosureFlag.RECIPIENT_CONTACT,
              DisclosureFlag.DO_NOT_DISCLOSE,
              DisclosureFlag.DO_NOT_CALL_SHIPPING_PHONE),
          GIFT_RECIPIENT_INSTRUCTION,
          GiftContactRule.warning(order, gift, ContactRole.RECIPIENT));
    }
    return new Disclosure(
        forRecipient(order, false),
        List.of(DisclosureFlag.RECIPIENT_CONTACT),
        RECIPIENT_INSTRUCTION);
  }

  /**
   * Whether someone who gave this order number and postcode may be treated as knowing the order.
   * The number is compared as customers write it ("#1001" = "1001"), the postcode without spaces,
   * dashes or case, against the shipping address only.
   */
  public boolean verify(Order order, String givenNumber, String givenPostcode) {
    if (order == null || givenNumber == null || givenPostcode == null) {
      return false;
    }
    Address shipping = order.recipient().address();
    String expected = shipping == null ? null : compactPostcode(shipping.postcode());
    String number = givenNumber.strip().replaceFirst("^[#№]+", "").strip();
    return number.equalsIgnoreCase(order.number().value())
        && expected != null
        && !expected.isEmpty()
        && expected.equals(compactPostcode(givenPostcode));
  }

  private static String compactPostcode(String postcode) {
    return postcode == null ? null : postcode.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
  }

  /**
   * A copy without prices, payment, buyer, billing address, gift message, note or attributes; for a
   * gift also without which items each parcel holds.
   */
  private static Order forRecipient(Order order, boolean hideContents) {
    List<OrderLine> lines =
        hideContents
            ? List.of(OrderLine.of(null, GIFT_PARCEL, 1, null))
            : order.lines().stream()
                .map(line -> OrderLine.of(line.sku(), line.name(), line.quantity(), null))
                .toList();
    return new Order(
        order.store(),
        order.number(),
        order.status(),
        PaymentState.UNKNOWN,
        order.placedAt(),
        order.promisedFrom(),
        order.promisedTo(),
        null,
        lines,
        hideContents
            ? order.fulfilments().stream()
                .map(
                    f ->
                        Fulfilment.of(
                            f.carrier(), f.trackingNumber(), f.trackingUrl(), f.shippedAt()))
                .toList()
            : order.fulfilments(),
        Party.UNKNOWN,
        null,
        order.recipient(),
        hideContents,
        null,
        null,
        Map.of(),
        order.cancelledAt(),
        null);
  }
}
