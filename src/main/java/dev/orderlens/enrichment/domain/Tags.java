package dev.orderlens.enrichment.domain;

import dev.orderlens.customer.domain.CustomerProfile;
import dev.orderlens.customer.domain.CustomerValuation;
import dev.orderlens.customer.domain.Handling;
import dev.orderlens.order.domain.Order;
import dev.orderlens.privacy.domain.ContactRole;
import dev.orderlens.privacy.domain.DisclosureFlag;
import dev.orderlens.privacy.domain.GiftContactRule;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The helpdesk tags of an enrichment, for the helpdesk's own rules and views. An unverified
 * contact's tags say nothing about whether an order was found. Pure.
 */
public final class Tags {
  private Tags() {}

  public static List<String> of(
      ContactRole role,
      List<Order> orders,
      List<String> flags,
      CustomerProfile customer,
      Handling handling,
      List<String> orderTags) {
    Set<String> tags = new LinkedHashSet<>();
    tags.add("orderlens");
    if (role != ContactRole.UNVERIFIED) {
      tags.add(orders.isEmpty() ? "orderlens_no_order" : "orderlens_order_found");
      orders.stream()
          .findFirst()
          .ifPresent(o -> tags.add("order_" + o.status().name().toLowerCase(Locale.ROOT)));
    }
    tags.add("contact_" + role.name().toLowerCase(Locale.ROOT));
    if (customer != null) {
      tags.add(CustomerValuation.tag(customer));
    }
    flags.forEach(flag -> tags.add("orderlens_" + flag.toLowerCase(Locale.ROOT)));
    if (flags.contains(DisclosureFlag.GIFT_ORDER.name())) {
      tags.add(GiftContactRule.TAG);
    }
    tags.addAll(handling.tags());
    orderTags.stream().filter(java.util.Objects::nonNull).forEach(tags::add);
    return List.copyOf(tags);
  }
}
