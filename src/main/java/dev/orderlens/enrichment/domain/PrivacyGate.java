package dev.orderlens.enrichment.domain;

import dev.orderlens.order.domain.Address;
import dev.orderlens.order.domain.Order;
import dev.orderlens.privacy.domain.ContactRole;
import dev.orderlens.privacy.domain.ContactRoleResolver;
import dev.orderlens.privacy.domain.Disclosure;
import dev.orderlens.privacy.domain.DisclosurePolicy;
import dev.orderlens.privacy.domain.GiftDetector;
import dev.orderlens.ticket.domain.Requester;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Passes the orders found for a ticket through the disclosure policy, relative to who is writing.
 * An unverified contact who wrote both the order number and the shipping postcode in the ticket has
 * passed the verification step and is treated like the recipient: delivery facts only.
 */
public final class PrivacyGate {

  /**
   * What may be shown, and what the agent must know about it.
   *
   * @param warnings what the agent must read before anything else (a gift order's contact rule)
   */
  public record Outcome(
      ContactRole role,
      List<Order> orders,
      List<String> flags,
      List<String> instructions,
      List<String> warnings) {}

  private final ContactRoleResolver roles;
  private final GiftDetector gifts;
  private final DisclosurePolicy disclosure;

  public PrivacyGate(ContactRoleResolver roles, GiftDetector gifts, DisclosurePolicy disclosure) {
    this.roles = roles;
    this.gifts = gifts;
    this.disclosure = disclosure;
  }

  public Outcome apply(Requester requester, String ticketText, List<Order> found) {
    if (found.isEmpty()) {
      Disclosure none = disclosure.disclose(null, ContactRole.UNVERIFIED, null);
      return new Outcome(
          ContactRole.UNVERIFIED,
          List.of(),
          none.flagNames(),
          List.of(none.instruction()),
          List.of());
    }
    ContactRole mainRole = null;
    List<Order> shown = new ArrayList<>();
    Set<String> flags = new LinkedHashSet<>();
    Set<String> instructions = new LinkedHashSet<>();
    Set<String> warnings = new LinkedHashSet<>();
    for (Order order : found) {
      ContactRole role = roles.resolve(requester, order);
      if (role == ContactRole.UNVERIFIED && verifiedInText(order, ticketText)) {
        role = ContactRole.RECIPIENT;
        flags.add("IDENTITY_VERIFIED_BY_ORDER_AND_POSTCODE");
      }
      mainRole = mainRole == null ? role : mainRole;
      Disclosure d = disclosure.disclose(order, role, gifts.assess(order));
      if (d.mayShowOrder()) {
        shown.add(d.order());
      }
      flags.addAll(d.flagNames());
      if (d.instruction() != null) {
        instructions.add(d.instruction());
      }
      if (d.warning() != null) {
        warnings.add(d.warning());
      }
    }
    return new Outcome(
        mainRole, shown, List.copyOf(flags), List.copyOf(instructions), List.copyOf(warnings));
  }

  private boolean verifiedInText(Order order, String text) {
    Address shipping = order.recipient().address();
    if (shipping == null || shipping.postcode() == null || text == null) {
      return false;
    }
    String postcode = shipping.postcode().strip();
    boolean numberGiven = text.contains(order.number().value());
    boolean postcodeGiven =
        text.toUpperCase(Locale.ROOT).contains(postcode.toUpperCase(Locale.ROOT));
    return numberGiven
        && postcodeGiven
        && disclosure.verify(order, order.number().value(), postcode);
  }
}
