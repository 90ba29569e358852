package dev.orderlens.privacy.domain;

import dev.orderlens.order.domain.Address;
import dev.orderlens.order.domain.Order;
import dev.orderlens.order.domain.Party;
import dev.orderlens.order.domain.ShippingRecipient;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Who may be contacted about a gift order, whoever writes: the buyer, never the recipient. A
 * customer-care call to the shipping phone about a late gift reaches the person it was meant to
 * surprise. So on every ticket about a gift order the agent is warned first, in words, whom to
 * contact and why the order is a gift, and the recipient's contact details are kept to what
 * delivery needs: name, postcode, city and country, never the street, the phone or the e-mail.
 * Every way Orderlens speaks about an order (the answer, the note, the fields written back, later a
 * drafted reply or an action on the order) takes the order from here, so it inherits the rule.
 * Pure.
 */
public final class GiftContactRule {

  /** The helpdesk tag of a ticket about a gift order. */
  public static final String TAG = "gift_order";

  private GiftContactRule() {}

  /** The flags every ticket about a gift order carries. */
  public static List<DisclosureFlag> flags() {
    return List.of(DisclosureFlag.GIFT_ORDER, DisclosureFlag.DO_NOT_CALL_SHIPPING_PHONE);
  }

  /**
   * The first line of the agent's note. The buyer writing is named with their e-mail and phone; for
   * anyone else the buyer is only named as the person to contact, since the recipient must not
   * learn the sender and an unverified writer must learn nothing.
   */
  public static String warning(Order order, GiftAssessment gift, ContactRole role) {
    String why = " Why a gift: " + reasons(gift) + ".";
    return switch (role) {
      case BUYER ->
          "GIFT ORDER: contact only the buyer"
              + buyerContact(order.buyer())
              + ". Do not contact the recipient about this order, its contents or its delay."
              + why;
      case RECIPIENT ->
          "GIFT ORDER: the recipient is writing. Answer only about delivery; anything else goes to"
              + " the buyer (details in the shop's order). Never call the recipient's phone and"
              + " never reveal the contents, the price or the sender."
              + why;
      case UNVERIFIED ->
          "GIFT ORDER: verify the writer first. Any contact about this order goes to the buyer"
              + " (details in the shop's order), never to the recipient's phone or e-mail."
              + why;
    };
  }

  /** The order with the recipient reduced to what delivery needs: no street, phone or e-mail. */
  public static Order withoutRecipientContact(Order order) {
    ShippingRecipient r = order.recipient();
    Address a = r.address();
    ShippingRecipient kept =
        new ShippingRecipient(
            new Party(r.person().name(), null, null),
            a == null
                ? null
                : new Address(null, null, a.city(), a.postcode(), a.region(), a.countryCode()));
    return new Order(
        order.store(),
        order.number(),
        order.status(),
        order.paymentState(),
        order.placedAt(),
        order.promisedFrom(),
        order.promisedTo(),
        order.total(),
        order.lines(),
        order.fulfilments(),
        order.buyer(),
        order.billingAddress(),
        kept,
        order.gift(),
        order.giftMessage(),
        order.note(),
        order.attributes(),
        order.cancelledAt(),
        order.storeTotal());
  }

  private static String buyerContact(Party buyer) {
    List<String> ways = new ArrayList<>();
    if (buyer.email() != null && !buyer.email().isBlank()) {
      ways.add(buyer.email().strip());
    }
    if (buyer.phone() != null && !buyer.phone().isBlank()) {
      ways.add(buyer.phone().strip());
    }
    String name = buyer.name() == null || buyer.name().isBlank() ? "" : " " + buyer.name().strip();
    return name + (ways.isEmpty() ? "" : " (" + String.join(", ", ways) + ")");
  }

  private static String reasons(GiftAssessment gift) {
    return gift.reasons().stream().map(GiftContactRule::words).collect(Collectors.joining(", "));
  }

  private static String words(GiftReason reason) {
    return switch (reason) {
      case PLATFORM_GIFT_FLAG -> "marked as a gift in the shop";
      case GIFT_MESSAGE -> "gift message";
      case GIFT_WRAP_LINE -> "gift wrap line";
      case GIFT_WORDS_IN_NOTE -> "gift words in the order note";
      case GIFT_WORDS_IN_ATTRIBUTES -> "gift words in the order's fields";
      case DIFFERENT_RECIPIENT_AT_PERSONAL_ADDRESS ->
          "another person receives it at a personal address";
    };
  }
}
