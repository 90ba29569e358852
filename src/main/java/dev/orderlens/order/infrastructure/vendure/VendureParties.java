package dev.orderlens.order.infrastructure.vendure;

import static dev.orderlens.platform.JsonFields.text;

import dev.orderlens.order.domain.Address;
import dev.orderlens.order.domain.Party;
import dev.orderlens.order.domain.ShippingRecipient;
import jakarta.json.JsonObject;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Buyer and recipient of a Vendure order, kept apart: the buyer is the order's {@code Customer}
 * (falling back on the billing address), the recipient is the shipping address's {@code fullName}.
 */
final class VendureParties {

  private VendureParties() {}

  static Party buyer(JsonObject customer, JsonObject billing) {
    String name =
        Stream.of(text(customer, "firstName"), text(customer, "lastName"))
            .filter(Objects::nonNull)
            .filter(part -> !part.isBlank())
            .collect(Collectors.joining(" "));
    String phone = text(customer, "phoneNumber");
    return new Party(
        name.isEmpty() ? text(billing, "fullName") : name,
        text(customer, "emailAddress"),
        phone != null ? phone : text(billing, "phoneNumber"));
  }

  static ShippingRecipient recipient(JsonObject shipping) {
    Address address = address(shipping);
    return address == null
        ? null
        : new ShippingRecipient(
            new Party(text(shipping, "fullName"), null, text(shipping, "phoneNumber")), address);
  }

  /** Vendure answers an address never set as an object of nulls: that is no address. */
  static Address address(JsonObject a) {
    if (a == null || (text(a, "streetLine1") == null && text(a, "city") == null)) {
      return null;
    }
    return new Address(
        text(a, "streetLine1"),
        text(a, "streetLine2"),
        text(a, "city"),
        text(a, "postalCode"),
        text(a, "province"),
        text(a, "countryCode"));
  }
}
