package dev.orderlens.enrichment.domain;

import static dev.orderlens.order.domain.TestOrders.order;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orderlens.customer.domain.CustomerProfile;
import dev.orderlens.customer.domain.Goodwill;
import dev.orderlens.customer.domain.Handling;
import dev.orderlens.customer.domain.Priority;
import dev.orderlens.order.domain.Order;
import dev.orderlens.order.domain.OrderStatus;
import dev.orderlens.privacy.domain.ContactRole;
import dev.orderlens.privacy.domain.DisclosureFlag;
import dev.orderlens.privacy.domain.GiftContactRule;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class TagsTest {

  private static Handling plainHandling() {
    return new Handling(Priority.NORMAL, Goodwill.NONE, List.of(), List.of());
  }

  private static CustomerProfile vip() {
    return new CustomerProfile("VIP", new BigDecimal("1520.50"), "EUR", 7, 0, 0);
  }

  @Test
  void aBuyersOrderIsTaggedFoundWithItsStatusAndTheContactRole() {
    Order shipped = order().status(OrderStatus.SHIPPED).shipped("1Z999AA10123456784").build();

    List<String> tags =
        Tags.of(ContactRole.BUYER, List.of(shipped), List.of(), null, plainHandling(), List.of());

    assertEquals(
        List.of("orderlens", "orderlens_order_found", "order_shipped", "contact_buyer"), tags);
  }

  @Test
  void anUnverifiedContactsTagsSayNothingAboutWhetherAnOrderExists() {
    List<String> flags = List.of(DisclosureFlag.VERIFY_IDENTITY.name());

    List<String> none =
        Tags.of(ContactRole.UNVERIFIED, List.of(), flags, null, plainHandling(), List.of());
    List<String> withOrder =
        Tags.of(
            ContactRole.UNVERIFIED,
            List.of(order().build()),
            flags,
            null,
            plainHandling(),
            List.of());

    assertEquals(none, withOrder);
    assertEquals(List.of("orderlens", "contact_unverified", "orderlens_verify_identity"), none);
    assertFalse(withOrder.contains("orderlens_order_found"));
    assertFalse(withOrder.contains("orderlens_no_order"));
    assertTrue(withOrder.stream().noneMatch(tag -> tag.startsWith("order_")), withOrder.toString());
  }

  @Test
  void aKnownContactWithoutAnOrderIsTaggedNoOrderAndGetsNoStatusTag() {
    List<String> tags =
        Tags.of(
            ContactRole.RECIPIENT,
            List.of(),
            List.of("NO_ORDER_FOUND"),
            null,
            plainHandling(),
            List.of());

    assertTrue(tags.contains("orderlens_no_order"), tags.toString());
    assertTrue(tags.contains("contact_recipient"), tags.toString());
    assertTrue(tags.contains("orderlens_no_order_found"), tags.toString());
    assertFalse(tags.contains("orderlens_order_found"), tags.toString());
    assertTrue(tags.stream().noneMatch(tag -> tag.startsWith("order_")), tags.toString());
  }

  @Test
  void theStatusTagFollowsTheFirstOrderFound() {
    Order partlyShipped =
        order()
            .number("1001")
            .status(OrderStatus.PARTIALLY_SHIPPED)
            .shipped("1Z999AA10123456784", "CHAIR-OAK")
            .build();
    Order delivered = order().number("1002").status(OrderStatus.DELIVERED).build();

    List<String> tags =
        Tags.of(
            ContactRole.BUYER,
            List.of(partlyShipped, delivered),
            List.of(),
            null,
            plainHandling(),
            List.of());

    assertTrue(tags.contains("order_partially_shipped"), tags.toString());
    assertFalse(tags.contains("order_delivered"), tags.toString());
  }

  @Test
  void aGiftOrderIsTaggedForTheHelpdesksContactRule() {
    List<String> tags =
        Tags.of(
            ContactRole.BUYER,
            List.of(order().build()),
            List.of(
                DisclosureFlag.GIFT_ORDER.name(), DisclosureFlag.DO_NOT_CALL_SHIPPING_PHONE.name()),
            null,
            plainHandling(),
            List.of());

    assertTrue(tags.contains(GiftContactRule.TAG), tags.toString());
    assertTrue(tags.contains("orderlens_gift_order"), tags.toString());
    assertTrue(tags.contains("orderlens_do_not_call_shipping_phone"), tags.toString());
  }

  @Test
  void anOrderThatIsNoGiftGetsNoGiftTag() {
    List<String> tags =
        Tags.of(
            ContactRole.RECIPIENT,
            List.of(order().build()),
            List.of(DisclosureFlag.RECIPIENT_CONTACT.name()),
            null,
            plainHandling(),
            List.of());

    assertTrue(tags.contains("orderlens_recipient_contact"), tags.toString());
    assertFalse(tags.contains(GiftContactRule.TAG), tags.toString());
  }

  @Test
  void aValuedCustomerIsTaggedWithTheirTierAndAnUnknownOneIsNot() {
    List<String> valued =
        Tags.of(
            ContactRole.BUYER,
            List.of(order().build()),
            List.of(),
            vip(),
            plainHandling(),
            List.of());
    List<String> unknown =
        Tags.of(
            ContactRole.BUYER,
            List.of(order().build()),
            List.of(),
            null,
            plainHandling(),
            List.of());

    assertTrue(valued.contains("ltv_vip"), valued.toString());
    assertTrue(unknown.stream().noneMatch(tag -> tag.startsWith("ltv_")), unknown.toString());
  }

  @Test
  void handlingAndOrderTagsFollowWithoutNullsOrDuplicates() {
    Handling standardProcess =
        new Handling(
            Priority.HIGH,
            Goodwill.NONE,
            List.of("REVIEW_THREAT"),
            List.of("ltv_vip", "policy_standard_process"));

    List<String> tags =
        Tags.of(
            ContactRole.BUYER,
            List.of(order().status(OrderStatus.SHIPPED).build()),
            List.of(
                DisclosureFlag.GIFT_ORDER.name(), DisclosureFlag.DO_NOT_CALL_SHIPPING_PHONE.name()),
            vip(),
            standardProcess,
            Arrays.asList("late_carrier_delay", null, "not_cancellable", "late_carrier_delay"));

    assertEquals(
        List.of(
            "orderlens",
            "orderlens_order_found",
            "order_shipped",
            "contact_buyer",
            "ltv_vip",
            "orderlens_gift_order",
            "orderlens_do_not_call_shipping_phone",
            "gift_order",
            "policy_standard_process",
            "late_carrier_delay",
            "not_cancellable"),
        tags);
    assertEquals(1, Collections.frequency(tags, "ltv_vip"));
  }
}
