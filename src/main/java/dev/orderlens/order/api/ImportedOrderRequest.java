package dev.orderlens.order.api;

import dev.orderlens.order.domain.Address;
import dev.orderlens.order.domain.Fulfilment;
import dev.orderlens.order.domain.FulfilmentSource;
import dev.orderlens.order.domain.Money;
import dev.orderlens.order.domain.Order;
import dev.orderlens.order.domain.OrderLine;
import dev.orderlens.order.domain.OrderNumber;
import dev.orderlens.order.domain.OrderStatus;
import dev.orderlens.order.domain.Party;
import dev.orderlens.order.domain.PaymentState;
import dev.orderlens.order.domain.ShippingRecipient;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One order in the import format of {@code POST /api/v1/orders} (documented in the README). Values
 * are strings so that a wrong one is reported by name instead of failing the whole body.
 */
public record ImportedOrderRequest(
    String store,
    String number,
    String status,
    String paymentState,
    String placedAt,
    String promisedFrom,
    String promisedTo,
    String currency,
    String total,
    PartyRequest buyer,
    AddressRequest billingAddress,
    RecipientRequest shipping,
    List<LineRequest> lines,
    List<FulfilmentRequest> fulfilments,
    Boolean gift,
    String giftMessage,
    String note,
    Map<String, String> attributes,
    String cancelledAt,
    String storeCurrency,
    String storeTotal) {

  /** A person. */
  public record PartyRequest(String name, String email, String phone) {}

  /** A postal address; countryCode is ISO 3166-1 alpha-2. */
  public record AddressRequest(
      String line1,
      String line2,
      String city,
      String postcode,
      String region,
      String countryCode) {}

  /** The shipping recipient and address. */
  public record RecipientRequest(String name, String email, String phone, AddressRequest address) {}

  /** An ordered item; fulfilmentSource is OWN_STOCK (default) or DROP_SHIP. */
  public record LineRequest(
      String sku,
      String name,
      Integer quantity,
      String price,
      String fulfilmentSource,
      String supplier,
      Integer stock,
      String stockCheckedAt,
      String supplierOrderedAt) {}

  /** A shipment with its tracking number and, optionally, the SKUs it holds. */
  public record FulfilmentRequest(
      String carrier,
      String trackingNumber,
      String trackingUrl,
      String shippedAt,
      List<String> skus) {}

  /** The domain order, or an {@link InvalidOrderException} naming the first wrong field. */
  Order toOrder(int index) {
    String at = "orders[" + index + "].";
    require(store, at + "store");
    require(number, at + "number");
    require(placedAt, at + "placedAt");
    require(currency, at + "currency");
    List<OrderLine> orderLines =
        lines == null ? List.of() : lines.stream().map(l -> line(l, at + "lines[].")).toList();
    return new Order(
        store.strip(),
        parse(() -> OrderNumber.of(number), at + "number"),
        parse(() -> OrderStatus.valueOf(upper(status, "PROCESSING")), at + "status"),
        parse(() -> PaymentState.valueOf(upper(paymentState, "UNKNOWN")), at + "paymentState"),
        parse(() -> OffsetDateTime.parse(placedAt).toInstant(), at + "placedAt"),
        promisedFrom == null
            ? null
            : parse(() -> LocalDate.parse(promisedFrom), at + "promisedFrom"),
        promisedTo == null ? null : parse(() -> LocalDate.parse(promisedTo), at + "promisedTo"),
        total == null
            ? null
            : parse(() -> new Money(new BigDecimal(total), currency), at + "total"),
        orderLines,
        fulfilments == null ? List.of() : fulfilments.stream().map(f -> fulfilment(f, at)).toList(),
        buyer == null ? null : new Party(buyer.name(), buyer.email(), buyer.phone()),
        address(billingAddress),
        shipping == null
            ? null
            : new ShippingRecipient(
                new Party(shipping.name(), shipping.email(), shipping.phone()),
                address(shipping.address())),
        Boolean.TRUE.equals(gift),
        giftMessage,
        note,
        attributes,
        instant(cancelledAt, at + "cancelledAt"),
        storeTotal == null || storeCurrency == null
            ? null
            : parse(() -> new Money(new BigDecimal(storeTotal), storeCurrency), at + "storeTotal"));
  }

  private OrderLine line(LineRequest l, String at) {
    int quantity = l.quantity() == null ? 1 : l.quantity();
    if (quantity < 1) {
      throw new InvalidOrderException(at + "quantity must be at least 1");
    }
    return new OrderLine(
        l.sku(),
        l.name(),
        quantity,
        l.price() == null
            ? null
            : parse(() -> new Money(new BigDecimal(l.price()), currency), at + "price"),
        parse(
            () -> FulfilmentSource.valueOf(upper(l.fulfilmentSource(), "OWN_STOCK")),
            at + "fulfilmentSource"),
        l.supplier(),
        l.stock(),
        instant(l.stockCheckedAt(), at + "stockCheckedAt"),
        instant(l.supplierOrderedAt(), at + "supplierOrderedAt"));
  }

  private static Fulfilment fulfilment(FulfilmentRequest f, String at) {
    Instant shipped = instant(f.shippedAt(), at + "fulfilments[].shippedAt");
    return new Fulfilment(f.carrier(), f.trackingNumber(), f.trackingUrl(), shipped, f.skus());
  }

  private static Instant instant(String value, String field) {
    return value == null ? null : parse(() -> OffsetDateTime.parse(value).toInstant(), field);
  }

  private static Address address(AddressRequest a) {
    return a == null
        ? null
        : new Address(a.line1(), a.line2(), a.city(), a.postcode(), a.region(), a.countryCode());
  }

  private static String upper(String value, String fallback) {
    return value == null || value.isBlank() ? fallback : value.strip().toUpperCase(Locale.ROOT);
  }

  private static void require(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new InvalidOrderException(field + " is required");
    }
  }

  private static <T> T parse(java.util.function.Supplier<T> parser, String field) {
    try {
      return parser.get();
    } catch (RuntimeException e) {
      throw new InvalidOrderException(field + " is not valid");
    }
  }

  /** A field of an imported order is missing or wrong. */
  static class InvalidOrderException extends RuntimeException {
    InvalidOrderException(String message) {
      super(message);
    }
  }
}
