package dev.orderlens.privacy.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orderlens.order.domain.Order;
import dev.orderlens.order.domain.OrderLine;
import dev.orderlens.order.domain.Party;
import dev.orderlens.order.domain.PaymentState;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DisclosurePolicyTest {

  private static final GiftAssessment GIFT = new GiftAssessment(List.of(GiftReason.GIFT_MESSAGE));

  private final DisclosurePolicy policy = new DisclosurePolicy();
  private final Order giftOrder =
      TestOrders.order(
          true, "Happy birthday, Marco! Love, Anna", "wrap it nicely", Map.of("src", "ig"));

  @Test
  void buyerOfAnOrdinaryOrderSeesTheWholeOrderWithoutFlags() {
    Order order = TestOrders.plain(TestOrders.BUYER, TestOrders.RECIPIENT, TestOrders.HOME);

    Disclosure disclosure = policy.disclose(order, ContactRole.BUYER, GiftAssessment.NOT_A_GIFT);

    assertEquals(order, disclosure.order());
    assertEquals(List.of(), disclosure.flags());
    assertNull(disclosure.instruction());
    assertNull(disclosure.warning());
  }

  @Test
  void buyerOfAGiftSeesWhatWasBoughtButNotTheRecipientsContactDetails() {
    Disclosure disclosure = policy.disclose(giftOrder, ContactRole.BUYER, GIFT);

    assertEquals(giftOrder.lines(), disclosure.order().lines());
    assertEquals(giftOrder.total(), disclosure.order().total());
    assertEquals(
        giftOrder.recipient().person().name(), disclosure.order().recipient().person().name());
    assertNull(disclosure.order().recipient().person().phone());
    assertNull(disclosure.order().recipient().person().email());
    assertNull(disclosure.order().recipient().address().line1());
    assertEquals(
        giftOrder.recipient().address().postcode(),
        disclosure.order().recipient().address().postcode());
    assertEquals(
        giftOrder.recipient().address().city(), disclosure.order().recipient().address().city());
  }

  @Test
  void buyerOfAGiftIsToldFirstToContactOnlyTheBuyerAndWhy() {
    Disclosure disclosure = policy.disclose(giftOrder, ContactRole.BUYER, GIFT);

    assertEquals(List.of("GIFT_ORDER", "DO_NOT_CALL_SHIPPING_PHONE"), disclosure.flagNames());
    assertTrue(disclosure.warning().startsWith("GIFT ORDER: contact only the buyer"));
    assertTrue(disclosure.warning().contains(giftOrder.buyer().email()), disclosure.warning());
    assertTrue(disclosure.warning().contains("Do not contact the recipient"));
    assertTrue(disclosure.warning().contains("Why a gift: gift message."), disclosure.warning());
  }

  @Test
  void recipientContactingAboutGiftSeesNoPriceContentsOrSender() {
    Order shown = policy.disclose(giftOrder, ContactRole.RECIPIENT, GIFT).order();

    assertNull(shown.total());
    assertEquals(List.of(OrderLine.of(null, "a gift parcel", 1, null)), shown.lines());
    assertEquals(Party.UNKNOWN, shown.buyer());
    assertNull(shown.billingAddress());
    assertNull(shown.giftMessage());
    assertNull(shown.note());
    assertEquals(Map.of(), shown.attributes());
    assertEquals(PaymentState.UNKNOWN, shown.paymentState());
  }

  @Test
  void recipientContactingAboutGiftStillSeesWhereTheParcelIs() {
    Order shown = policy.disclose(giftOrder, ContactRole.RECIPIENT, GIFT).order();

    assertEquals(giftOrder.status(), shown.status());
    assertEquals(giftOrder.trackingNumbers(), shown.trackingNumbers());
    assertEquals(giftOrder.recipient().address().city(), shown.recipient().address().city());
    assertEquals(
        giftOrder.recipient().address().postcode(), shown.recipient().address().postcode());
  }

  @Test
  void recipientContactingAboutGiftRaisesFlagsAndTellsTheAgentToContactTheBuyerOnly() {
    Disclosure disclosure = policy.disclose(giftOrder, ContactRole.RECIPIENT, GIFT);

    assertEquals(
        List.of("GIFT_ORDER", "RECIPIENT_CONTACT", "DO_NOT_DISCLOSE", "DO_NOT_CALL_SHIPPING_PHONE"),
        disclosure.flagNames());
    assertEquals(
        "Contact the buyer only; do not reveal the contents, price or sender.",
        disclosure.instruction());
    assertTrue(disclosure.warning().startsWith("GIFT ORDER: the recipient is writing"));
    assertFalse(disclosure.warning().contains(giftOrder.buyer().email()), "no sender");
    assertFalse(disclosure.warning().contains(giftOrder.buyer().name()), "no sender");
  }

  @Test
  void recipientOfAnOrdinaryOrderSeesItemsButNoPricesOrBuyer() {
    Order order = TestOrders.plain(TestOrders.BUYER, TestOrders.RECIPIENT, TestOrders.HOME);

    Disclosure disclosure =
        policy.disclose(order, ContactRole.RECIPIENT, GiftAssessment.NOT_A_GIFT);

    assertEquals(List.of(DisclosureFlag.RECIPIENT_CONTACT), disclosure.flags());
    assertEquals("Brass desk lamp", disclosure.order().lines().get(0).name());
    assertNull(disclosure.order().lines().get(0).unitPrice());
    assertNull(disclosure.order().total());
    assertEquals(Party.UNKNOWN, disclosure.order().buyer());
  }

  @Test
  void unverifiedContactLearnsNothingNotEvenThatTheOrderExists() {
    Order order = TestOrders.plain(TestOrders.BUYER, TestOrders.RECIPIENT, TestOrders.HOME);

    Disclosure disclosure =
        policy.disclose(order, ContactRole.UNVERIFIED, GiftAssessment.NOT_A_GIFT);

    assertFalse(disclosure.mayShowOrder());
    assertEquals(List.of(DisclosureFlag.VERIFY_IDENTITY), disclosure.flags());
    assertTrue(disclosure.instruction().contains("order number and the shipping postcode"));
    assertEquals(policy.disclose(null, ContactRole.BUYER, GIFT), disclosure);
  }

  @Test
  void anUnverifiedWriterAboutAGiftSeesNothingButTheAgentIsWarnedOffTheRecipient() {
    Disclosure disclosure = policy.disclose(giftOrder, ContactRole.UNVERIFIED, GIFT);

    assertFalse(disclosure.mayShowOrder());
    assertEquals(
        List.of("VERIFY_IDENTITY", "GIFT_ORDER", "DO_NOT_CALL_SHIPPING_PHONE"),
        disclosure.flagNames());
    assertTrue(disclosure.warning().startsWith("GIFT ORDER: verify the writer first"));
    assertFalse(disclosure.warning().contains(giftOrder.buyer().email()));
  }

  @Test
  void orderNumberAndShippingPostcodeVerifyWhateverTheirSpelling() {
    assertTrue(policy.verify(giftOrder, " #1001", "20 123"));
  }

  @Test
  void wrongPostcodeDoesNotVerify() {
    assertFalse(policy.verify(giftOrder, "1001", "20124"));
  }

  @Test
  void billingPostcodeDoesNotVerify() {
    assertFalse(policy.verify(giftOrder, "1001", TestOrders.BILLING.postcode()));
  }

  @Test
  void wrongOrderNumberDoesNotVerify() {
    assertFalse(policy.verify(giftOrder, "1002", "20123"));
  }

  @Test
  void missingAnswersDoNotVerify() {
    assertFalse(policy.verify(giftOrder, null, "20123"));
  }
}
