package dev.orderlens.it;

import java.util.UUID;
import java.util.function.Supplier;

/** Test data: orders to import and tickets to send, unique per call so tests stay independent. */
public final class Samples {
  private Samples() {}

  /**
   * The sample orders' dates, relative to the test clock: placed five days ago, shipped four days
   * ago, promised three days ahead, so an order is on its way and not yet late whatever the date.
   */
  private static final Supplier<String> PLACED = () -> TestClock.instantDaysAgo(5, "09:30");

  private static final Supplier<String> SHIPPED = () -> TestClock.instantDaysAgo(4, "15:00");
  private static final Supplier<String> PROMISED = () -> TestClock.daysAhead(3);

  /** The promise of the sample orders, as ISO date text. */
  public static String promisedTo() {
    return PROMISED.get();
  }

  public static String uniqueNumber() {
    return Long.toString(100_000 + (long) (Math.random() * 899_999_999L));
  }

  /** The BRT parcel number of a sample order: its own, so no two tests share a parcel. */
  public static String trackingNumberOf(String orderNumber) {
    return "%012d".formatted(Long.parseLong(orderNumber));
  }

  public static String uniqueEmail() {
    return "buyer-" + UUID.randomUUID() + "@example.com";
  }

  public static String importedOrder(String number, String buyerEmail) {
    return """
        {"orders": [{
          "store": "it-shop", "number": "%s", "status": "SHIPPED", "paymentState": "PAID",
          "placedAt": "%s", "promisedTo": "%s", "currency": "EUR",
          "total": "64.80",
          "buyer": {"name": "Anna Rossi", "email": "%s", "phone": "+39 02 1234567"},
          "billingAddress": {"line1": "Via Roma 1", "city": "Milano", "postcode": "20121", "countryCode": "IT"},
          "shipping": {"name": "Marco Bianchi", "phone": "+39 06 7654321",
            "address": {"line1": "Via Appia 20", "city": "Roma", "postcode": "00184", "countryCode": "IT"}},
          "lines": [
            {"sku": "CHAIR-OAK", "name": "Oak reading chair", "quantity": 1, "price": "59.90"},
            {"sku": "WRAP", "name": "Gift wrap", "quantity": 1, "price": "4.90"}],
          "fulfilments": [{"carrier": "BRT", "trackingNumber": "%s", "shippedAt": "%s"}]
        }]}
        """
        .formatted(
            number,
            PLACED.get(),
            PROMISED.get(),
            buyerEmail,
            trackingNumberOf(number),
            SHIPPED.get());
  }

  /** An order Anna Rossi had shipped to herself: nothing about it suggests a gift. */
  public static String ownOrder(String number, String buyerEmail) {
    return """
        {"orders": [{
          "store": "it-shop", "number": "%s", "status": "SHIPPED", "paymentState": "PAID",
          "placedAt": "%s", "promisedTo": "%s", "currency": "EUR", "total": "59.90",
          "buyer": {"name": "Anna Rossi", "email": "%s", "phone": "+39 02 1234567"},
          "billingAddress": {"line1": "Via Roma 1", "city": "Milano", "postcode": "20121", "countryCode": "IT"},
          "shipping": {"name": "Anna Rossi", "phone": "+39 02 1234567",
            "address": {"line1": "Via Roma 1", "city": "Milano", "postcode": "20121", "countryCode": "IT"}},
          "lines": [{"sku": "CHAIR-OAK", "name": "Oak reading chair", "quantity": 1, "price": "59.90"}],
          "fulfilments": [{"carrier": "BRT", "trackingNumber": "%s", "shippedAt": "%s"}]
        }]}
        """
        .formatted(
            number,
            PLACED.get(),
            PROMISED.get(),
            buyerEmail,
            trackingNumberOf(number),
            SHIPPED.get());
  }

  public static String ticket(
      String eventId, String ticketId, String subject, String body, String email) {
    return """
        {"eventId": "%s", "ticket": {"id": "%s", "subject": "%s", "body": "%s", "channel": "email",
         "createdAt": "%s",
         "requester": {"email": "%s", "name": "Anna Rossi", "phone": null}, "tags": ["vip"]}}
        """
        .formatted(eventId, ticketId, subject, body, TestClock.now().minusSeconds(3600), email);
  }

  /**
   * A gift: Anna Rossi buys an oak chair for Giulia Verdi, with a gift message; Giulia's e-mail is
   * on the shipping address.
   */
  public static String giftOrder(String number, String buyerEmail, String recipientEmail) {
    return """
        {"orders": [{
          "store": "it-shop", "number": "%s", "status": "SHIPPED", "paymentState": "PAID",
          "placedAt": "%s", "promisedTo": "%s", "currency": "EUR",
          "total": "129.80",
          "buyer": {"name": "Anna Rossi", "email": "%s", "phone": "+39 02 1234567"},
          "billingAddress": {"line1": "Via Roma 1", "city": "Milano", "postcode": "20121", "countryCode": "IT"},
          "shipping": {"name": "Giulia Verdi", "email": "%s", "phone": "+39 011 7654321",
            "address": {"line1": "Corso Francia 12", "city": "Torino", "postcode": "10138", "countryCode": "IT"}},
          "lines": [
            {"sku": "CHAIR-OAK", "name": "Oak reading chair", "quantity": 1, "price": "119.90"},
            {"sku": "GIFT-WRAP", "name": "Gift wrapping", "quantity": 1, "price": "9.90"}],
          "fulfilments": [{"carrier": "BRT", "trackingNumber": "%s", "shippedAt": "%s"}],
          "gift": true, "giftMessage": "Happy birthday, Giulia! Love, Anna"
        }]}
        """
        .formatted(
            number,
            PLACED.get(),
            PROMISED.get(),
            buyerEmail,
            recipientEmail,
            trackingNumberOf(number),
            SHIPPED.get());
  }
}
