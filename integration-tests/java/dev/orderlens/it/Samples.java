package dev.orderlens.it;

import java.util.UUID;

/** Test data: orders to import and tickets to send, unique per call so tests stay independent. */
public final class Samples {
  private Samples() {}

  public static String uniqueNumber() {
    return Long.toString(100_000 + (long) (Math.random() * 899_999_999L));
  }

  public static String uniqueEmail() {
    return "buyer-" + UUID.randomUUID() + "@example.com";
  }

  public static String importedOrder(String number, String buyerEmail) {
    return """
        {"orders": [{
          "store": "it-shop", "number": "%s", "status": "SHIPPED", "paymentState": "PAID",
          "placedAt": "2026-11-20T09:30:00Z", "promisedTo": "2026-11-26", "currency": "EUR",
          "total": "64.80",
          "buyer": {"name": "Anna Rossi", "email": "%s", "phone": "+39 02 1234567"},
          "billingAddress": {"line1": "Via Roma 1", "city": "Milano", "postcode": "20121", "countryCode": "IT"},
          "shipping": {"name": "Marco Bianchi", "phone": "+39 06 7654321",
            "address": {"line1": "Via Appia 20", "city": "Roma", "postcode": "00184", "countryCode": "IT"}},
          "lines": [
            {"sku": "CHAIR-OAK", "name": "Oak reading chair", "quantity": 1, "price": "59.90"},
            {"sku": "WRAP", "name": "Gift wrap", "quantity": 1, "price": "4.90"}],
          "fulfilments": [{"carrier": "BRT", "trackingNumber": "123456789012", "shippedAt": "2026-11-21T15:00:00Z"}]
        }]}
        """
        .formatted(number, buyerEmail);
  }

  public static String ticket(
      String eventId, String ticketId, String subject, String body, String email) {
    return """
        {"eventId": "%s", "ticket": {"id": "%s", "subject": "%s", "body": "%s", "channel": "email",
         "createdAt": "2026-11-25T08:00:00Z",
         "requester": {"email": "%s", "name": "Anna Rossi", "phone": null}, "tags": ["vip"]}}
        """
        .formatted(eventId, ticketId, subject, body, email);
  }

  /**
   * A gift: Anna Rossi buys an oak chair for Giulia Verdi, with a gift message; Giulia's e-mail is
   * on the shipping address.
   */
  public static String giftOrder(String number, String buyerEmail, String recipientEmail) {
    return """
        {"orders": [{
          "store": "it-shop", "number": "%s", "status": "SHIPPED", "paymentState": "PAID",
          "placedAt": "2026-11-20T09:30:00Z", "promisedTo": "2026-11-26", "currency": "EUR",
          "total": "129.80",
          "buyer": {"name": "Anna Rossi", "email": "%s", "phone": "+39 02 1234567"},
          "billingAddress": {"line1": "Via Roma 1", "city": "Milano", "postcode": "20121", "countryCode": "IT"},
          "shipping": {"name": "Giulia Verdi", "email": "%s", "phone": "+39 011 7654321",
            "address": {"line1": "Corso Francia 12", "city": "Torino", "postcode": "10138", "countryCode": "IT"}},
          "lines": [
            {"sku": "CHAIR-OAK", "name": "Oak reading chair", "quantity": 1, "price": "119.90"},
            {"sku": "GIFT-WRAP", "name": "Gift wrapping", "quantity": 1, "price": "9.90"}],
          "fulfilments": [{"carrier": "BRT", "trackingNumber": "123456789012", "shippedAt": "2026-11-21T15:00:00Z"}],
          "gift": true, "giftMessage": "Happy birthday, Giulia! Love, Anna"
        }]}
        """
        .formatted(number, buyerEmail, recipientEmail);
  }
}
