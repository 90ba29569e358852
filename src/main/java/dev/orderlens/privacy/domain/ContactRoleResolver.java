package dev.orderlens.privacy.domain;

import dev.orderlens.order.domain.Address;
import dev.orderlens.order.domain.Order;
import dev.orderlens.order.domain.Party;
import dev.orderlens.ticket.domain.Requester;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Decides who is writing about an order from what the helpdesk knows about the requester. Only an
 * e-mail address or a phone number proves identity; a name never does, since anyone can type the
 * buyer's name. The buyer wins when buyer and recipient share a contact.
 */
public final class ContactRoleResolver {

  public ContactRole resolve(Requester requester, Order order) {
    if (requester == null || order == null) {
      return ContactRole.UNVERIFIED;
    }
    String region = regionOf(order);
    if (matches(requester, order.buyer(), region)) {
      return ContactRole.BUYER;
    }
    if (matches(requester, order.recipient().person(), region)) {
      return ContactRole.RECIPIENT;
    }
    return ContactRole.UNVERIFIED;
  }

  private static boolean matches(Requester requester, Party party, String region) {
    if (party == null) {
      return false;
    }
    return sameEmail(requester.email(), party.email())
        || PhoneNumbers.same(requester.phone(), party.phone(), region);
  }

  static boolean sameEmail(String a, String b) {
    if (a == null || b == null || a.isBlank() || b.isBlank()) {
      return false;
    }
    return a.strip().toLowerCase(Locale.ROOT).equals(b.strip().toLowerCase(Locale.ROOT));
  }

  /** The country national phone numbers are read in: shipping country, else billing country. */
  static String regionOf(Order order) {
    return Stream.of(order.recipient().address(), order.billingAddress())
        .filter(Objects::nonNull)
        .map(Address::countryCode)
        .filter(code -> code != null && !code.isBlank())
        .findFirst()
        .orElse(null);
  }
}
