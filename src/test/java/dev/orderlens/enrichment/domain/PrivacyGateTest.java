package dev.orderlens.enrichment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orderlens.order.domain.Address;
import dev.orderlens.order.domain.Money;
import dev.orderlens.order.domain.Order;
import dev.orderlens.order.domain.OrderLine;
import dev.orderlens.order.domain.OrderNumber;
import dev.orderlens.order.domain.OrderStatus;
import dev.orderlens.order.domain.Party;
import dev.orderlens.order.domain.PaymentState;
import dev.orderlens.order.domain.ShippingRecipient;
import dev.orderlens.privacy.domain.ContactRole;
import dev.orderlens.privacy.domain.ContactRoleResolver;
import dev.orderlens.privacy.domain.DisclosurePolicy;
import dev.orderlens.privacy.domain.GiftDetector;
import dev.orderlens.ticket.domain.Requester;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrivacyGateTest {
  private final PrivacyGate gate =
      new PrivacyGate(new ContactRoleResolver(), new GiftDetector(), new DisclosurePolicy());

  private static final Order GIFT =
      new Order(
          "demo",
          OrderNumber.of("1001"),
          OrderStatus.SHIPPED,
          PaymentState.PAID,
          Instant.parse("2026-11-18T10:00:00Z"),
          null,
          null,
          Money.of("129.80", "EUR"),
          List.of(OrderLine.of("CHAIR-OAK", "Oak reading chair", 1, Money.of("119.90", "EUR"))),
          List.of(),
          new Party("Anna Rossi", "anna@example.com", "+39 02 1234567"),
          null,
          new ShippingRecipient(
              new Party("Giulia Verdi", "giulia@example.com", null),
              new Address("Corso Francia 12", null, "Torino", "10138", null, "IT")),
          true,
          "Happy birthday",
          null,
          null,
          null,
          null);

  /** Anna's own order, shipped to herself: no gift. */
  private static final Order PLAIN =
      new Order(
          "demo",
          OrderNumber.of("1002"),
          OrderStatus.SHIPPED,
          PaymentState.PAID,
          Instant.parse("2026-11-18T10:00:00Z"),
          null,
          null,
          Money.of("119.90", "EUR"),
          List.of(OrderLine.of("CHAIR-OAK", "Oak reading chair", 1, Money.of("119.90", "EUR"))),
          List.of(),
          new Party("Anna Rossi", "anna@example.com", "+39 02 1234567"),
          null,
          new ShippingRecipient(
              new Party("Anna Rossi", "anna@example.com", "+39 02 1234567"),
              new Address("Via Roma 1", null, "Milano", "20121", null, "IT")),
          false,
          null,
          null,
          null,
          null,
          null);

  @Test
  void theBuyerSeesTheWholeOrder() {
    var outcome =
        gate.apply(new Requester("ANNA@example.com", null, null), "order 1002", List.of(PLAIN));

    assertEquals(ContactRole.BUYER, outcome.role());
    assertEquals(PLAIN, outcome.orders().get(0));
    assertEquals(List.of(), outcome.warnings());
  }

  @Test
  void theBuyerOfAGiftSeesWhatTheyBoughtButNotHowToReachTheRecipient() {
    var outcome =
        gate.apply(new Requester("ANNA@example.com", null, null), "order 1001", List.of(GIFT));

    Order shown = outcome.orders().get(0);
    assertEquals(GIFT.lines(), shown.lines());
    assertEquals(GIFT.total(), shown.total());
    assertEquals(null, shown.recipient().person().email());
    assertEquals("Torino", shown.recipient().address().city());
    assertTrue(outcome.flags().containsAll(List.of("GIFT_ORDER", "DO_NOT_CALL_SHIPPING_PHONE")));
    assertTrue(outcome.warnings().get(0).contains("contact only the buyer Anna Rossi"));
  }

  @Test
  void theGiftsRecipientSeesAGiftParcelAndTheAgentIsToldWhomNotToCall() {
    var outcome =
        gate.apply(new Requester("giulia@example.com", null, null), "order 1001", List.of(GIFT));

    assertEquals(ContactRole.RECIPIENT, outcome.role());
    Order shown = outcome.orders().get(0);
    assertEquals("a gift parcel", shown.lines().get(0).name());
    assertEquals(null, shown.total());
    assertEquals(null, shown.giftMessage());
    assertEquals(null, shown.buyer().name());
    assertTrue(outcome.flags().contains("DO_NOT_CALL_SHIPPING_PHONE"));
  }

  @Test
  void aStrangerLearnsNothingAndIsAskedToVerify() {
    var outcome =
        gate.apply(new Requester("someone@example.com", null, null), "order 1001", List.of(GIFT));

    assertEquals(ContactRole.UNVERIFIED, outcome.role());
    assertTrue(outcome.orders().isEmpty());
    assertEquals(List.of("VERIFY_IDENTITY"), outcome.flags().subList(0, 1));
    assertTrue(outcome.warnings().get(0).startsWith("GIFT ORDER: verify the writer first"));
  }

  @Test
  void aStrangerAnsweringWithNumberAndShippingPostcodeIsTreatedAsTheRecipient() {
    var outcome =
        gate.apply(
            new Requester("someone@example.com", null, null),
            "Order 1001, postcode 10138",
            List.of(GIFT));

    assertEquals(ContactRole.RECIPIENT, outcome.role());
    assertEquals("a gift parcel", outcome.orders().get(0).lines().get(0).name());
    assertTrue(outcome.flags().contains("IDENTITY_VERIFIED_BY_ORDER_AND_POSTCODE"));
  }

  @Test
  void noOrderFoundLooksExactlyLikeAnUnverifiedContact() {
    var none = gate.apply(new Requester("someone@example.com", null, null), "x", List.of());
    var hidden =
        gate.apply(new Requester("someone@example.com", null, null), "order 1002", List.of(PLAIN));

    assertEquals(hidden.flags(), none.flags());
    assertEquals(hidden.instructions(), none.instructions());
  }
}
