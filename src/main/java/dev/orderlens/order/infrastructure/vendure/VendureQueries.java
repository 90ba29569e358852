package dev.orderlens.order.infrastructure.vendure;

import static dev.orderlens.platform.JsonFields.array;
import static dev.orderlens.platform.JsonFields.object;
import static dev.orderlens.platform.JsonFields.text;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The Admin API queries, fitted to the shop's schema. GraphQL refuses a whole query that names a
 * field the schema lacks, and the Orderlens custom fields exist only where the shop owner defined
 * them; so the shop's custom fields are looked up once (introspection, on by default in Vendure)
 * and only those it has are asked for.
 */
final class VendureQueries {
  static final List<String> ORDER_FIELDS =
      List.of("isGift", "giftMessage", "promisedDeliveryFrom", "promisedDeliveryDate");
  static final List<String> VARIANT_FIELDS = List.of("dropShipSupplier");

  static final String CUSTOM_FIELDS =
      """
      query OrderlensCustomFields {
        order: __type(name: "OrderCustomFields") { fields { name } }
        variant: __type(name: "ProductVariantCustomFields") { fields { name } }
      }
      """;

  private static final String DOCUMENT =
      """
      fragment OrderlensOrder on Order {
        code state createdAt orderPlacedAt currencyCode totalWithTax
        customer { firstName lastName emailAddress phoneNumber }
        billingAddress { fullName company streetLine1 streetLine2 city province postalCode countryCode phoneNumber }
        shippingAddress { fullName company streetLine1 streetLine2 city province postalCode countryCode phoneNumber }
        payments { state amount method refunds { total state } }
        fulfillments { state method trackingCode createdAt }
        lines { quantity unitPriceWithTax productVariant { sku name stockOnHand stockAllocated %s } }
        %s
      }
      query OrderByCode($code: String!) {
        globalSettings { serverConfig { moneyStrategyPrecision } }
        orders(options: { filter: { code: { eq: $code } }, take: 1 }) { items { ...OrderlensOrder } }
      }
      query OrdersByEmail($email: String!) {
        globalSettings { serverConfig { moneyStrategyPrecision } }
        customers(options: { filter: { emailAddress: { eq: $email } }, take: 5 }) {
          items { orders(options: { sort: { createdAt: DESC }, take: 10 }) { items { ...OrderlensOrder } } }
        }
      }
      """;

  private VendureQueries() {}

  /** The order queries, for a shop whose schema answered {@link #CUSTOM_FIELDS} so. */
  static String orders(JsonObject customFieldsAnswer) {
    JsonObject data = object(customFieldsAnswer, "data");
    return DOCUMENT.formatted(
        customFields(VARIANT_FIELDS, names(object(data, "variant"))),
        customFields(ORDER_FIELDS, names(object(data, "order"))));
  }

  private static Set<String> names(JsonObject type) {
    return array(type, "fields").stream()
        .map(JsonValue::asJsonObject)
        .map(field -> text(field, "name"))
        .collect(Collectors.toSet());
  }

  private static String customFields(List<String> wanted, Set<String> present) {
    List<String> asked = wanted.stream().filter(present::contains).toList();
    return asked.isEmpty() ? "" : "customFields { " + String.join(" ", asked) + " }";
  }
}
