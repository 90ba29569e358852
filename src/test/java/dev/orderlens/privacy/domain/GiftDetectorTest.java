package dev.orderlens.privacy.domain;

import static dev.orderlens.privacy.domain.TestOrders.BUYER;
import static dev.orderlens.privacy.domain.TestOrders.HOME;
import static dev.orderlens.privacy.domain.TestOrders.RECIPIENT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.orderlens.order.domain.Address;
import dev.orderlens.order.domain.Money;
import dev.orderlens.order.domain.OrderLine;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GiftDetectorTest {

  private final GiftDetector detector = new GiftDetector();

  @Test
  void buyerShippingToThemselvesIsNoGift() {
    assertFalse(detector.assess(TestOrders.plain(BUYER, BUYER, HOME)).isGift());
  }

  @Test
  void platformGiftFlagIsAReason() {
    assertEquals(
        List.of(GiftReason.PLATFORM_GIFT_FLAG),
        detector
            .assess(TestOrders.order(BUYER, BUYER, HOME, true, null, null, Map.of(), List.of()))
            .reasons());
  }

  @Test
  void giftMessageIsAReason() {
    assertEquals(
        List.of(GiftReason.GIFT_MESSAGE),
        detector
            .assess(
                TestOrders.order(
                    BUYER, BUYER, HOME, false, "Happy birthday, Marco!", null, Map.of(), List.of()))
            .reasons());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"GIFTWRAP", "Geschenkverpackung", "Confezione regalo", "Emballage cadeau"})
  void giftWrapLineIsAReason(String wrap) {
    OrderLine line = OrderLine.of(wrap, wrap, 1, Money.of("3.50", "EUR"));

    assertEquals(
        List.of(GiftReason.GIFT_WRAP_LINE),
        detector.assess(TestOrders.withLines(List.of(TestOrders.lamp(), line))).reasons());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "This is a gift, please no invoice in the box",
        "È un regalo per mia madre",
        "Это подарок, не кладите чек",
        "Ajándék, kérem számla nélkül",
        "Ist ein Geschenk, bitte ohne Rechnung",
        "C'est un cadeau, merci",
        "Es un regalo de cumpleaños"
      })
  void giftWordsInTheNoteAreAReason(String note) {
    assertEquals(
        List.of(GiftReason.GIFT_WORDS_IN_NOTE),
        detector
            .assess(TestOrders.order(BUYER, BUYER, HOME, false, null, note, Map.of(), List.of()))
            .reasons());
  }

  @Test
  void giftWordsInAnAttributeAreAReason() {
    assertEquals(
        List.of(GiftReason.GIFT_WORDS_IN_ATTRIBUTES),
        detector
            .assess(
                TestOrders.order(
                    BUYER,
                    BUYER,
                    HOME,
                    false,
                    null,
                    null,
                    Map.of("occasion", "Geburtstagsgeschenk"),
                    List.of()))
            .reasons());
  }

  @Test
  void someoneElseAtAHomeAddressIsAReason() {
    assertEquals(
        List.of(GiftReason.DIFFERENT_RECIPIENT_AT_PERSONAL_ADDRESS),
        detector.assess(TestOrders.plain(BUYER, RECIPIENT, HOME)).reasons());
  }

  @Test
  void someoneElseAtACompanyAddressIsNoGift() {
    Address office = new Address("Rossi S.r.l.", "Via Dante 7", "Milano", "20121", "MI", "IT");

    assertFalse(detector.assess(TestOrders.plain(BUYER, RECIPIENT, office)).isGift());
  }

  @Test
  void everyReasonFoundIsReported() {
    assertEquals(
        List.of(
            GiftReason.PLATFORM_GIFT_FLAG,
            GiftReason.GIFT_MESSAGE,
            GiftReason.GIFT_WORDS_IN_NOTE,
            GiftReason.DIFFERENT_RECIPIENT_AT_PERSONAL_ADDRESS),
        detector.assess(TestOrders.order(true, "Tanti auguri!", "gift", Map.of())).reasons());
  }
}
