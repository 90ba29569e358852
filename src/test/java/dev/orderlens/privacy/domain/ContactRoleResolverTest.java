package dev.orderlens.privacy.domain;

import static dev.orderlens.privacy.domain.TestOrders.BUYER;
import static dev.orderlens.privacy.domain.TestOrders.HOME;
import static dev.orderlens.privacy.domain.TestOrders.RECIPIENT;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.orderlens.order.domain.Address;
import dev.orderlens.order.domain.Order;
import dev.orderlens.order.domain.Party;
import dev.orderlens.ticket.domain.Requester;
import org.junit.jupiter.api.Test;

class ContactRoleResolverTest {

  private final ContactRoleResolver resolver = new ContactRoleResolver();
  private final Order order = TestOrders.plain(BUYER, RECIPIENT, HOME);

  @Test
  void buyersEmailInOtherCaseAndWithSpacesIsTheBuyer() {
    assertEquals(
        ContactRole.BUYER,
        resolver.resolve(new Requester("  Anna.Schmidt@Example.DE ", null, null), order));
  }

  @Test
  void buyersPhoneInInternationalFormWithoutSpacesIsTheBuyer() {
    assertEquals(
        ContactRole.BUYER, resolver.resolve(new Requester(null, null, "+491711234567"), order));
  }

  @Test
  void recipientsEmailIsTheRecipient() {
    assertEquals(
        ContactRole.RECIPIENT,
        resolver.resolve(new Requester("marco.rossi@example.it", "Marco", null), order));
  }

  @Test
  void recipientsPhoneInNationalFormIsReadInTheShippingCountry() {
    assertEquals(
        ContactRole.RECIPIENT, resolver.resolve(new Requester(null, null, "333 123 4567"), order));
  }

  @Test
  void nationalNumberFromAnotherCountryDoesNotMatch() {
    Order shippedToGermany =
        TestOrders.plain(
            BUYER, RECIPIENT, new Address("Hauptstraße 1", null, "Berlin", "10115", null, "DE"));

    assertEquals(
        ContactRole.UNVERIFIED,
        resolver.resolve(new Requester(null, null, "333 123 4567"), shippedToGermany));
  }

  @Test
  void buyersNameAloneIsNoProof() {
    assertEquals(
        ContactRole.UNVERIFIED,
        resolver.resolve(new Requester("someone@else.example", "Anna Schmidt", null), order));
  }

  @Test
  void strangerIsUnverified() {
    assertEquals(
        ContactRole.UNVERIFIED,
        resolver.resolve(new Requester("x@y.example", "X", "+44 20 7946 0958"), order));
  }

  @Test
  void contactSharedByBuyerAndRecipientMeansTheBuyer() {
    Order toSelf = TestOrders.plain(BUYER, new Party("Anna", BUYER.email(), null), HOME);

    assertEquals(
        ContactRole.BUYER, resolver.resolve(new Requester(BUYER.email(), null, null), toSelf));
  }

  @Test
  void requesterWithoutContactDetailsIsUnverified() {
    assertEquals(ContactRole.UNVERIFIED, resolver.resolve(Requester.UNKNOWN, order));
  }
}
