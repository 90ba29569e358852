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
  void buyerSeesTheWholeOrderWithoutFlags() {
    Disclosure disclosure = policy.disclose(giftOrder, ContactRole.BUYER, GIFT);

    assertEquals(giftOrder, disclosure.order());
    assertEquals(List.of(), disclosure.flags());
    assertNull(disclosure.instruction());
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
    assertEquals(giftOrder.recipient(), shown.recipient());
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
    Disclosure disclosure = policy.disclose(giftOrder, ContactRole.UNVERIFIED, GIFT);

    assertFalse(disclosure.mayShowOrder());
    assertEquals(List.of(DisclosureFlag.VERIFY_IDENTITY), disclosure.flags());
    assertTrue(disclosure.instruction().contains("order number and the shipping postcode"));
  }

  @Test
  void missingOrderIsTreatedLikeAnUnverifiedContact() {
    assertEquals(
        policy.disclose(giftOrder, ContactRole.UNVERIFIED, GIFT),
        policy.disclose(null, ContactRole.BUYER, GIFT));
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
