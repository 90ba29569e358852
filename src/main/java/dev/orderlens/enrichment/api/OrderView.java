package dev.orderlens.enrichment.api;

import dev.orderlens.order.domain.Address;
import dev.orderlens.order.domain.Money;
import dev.orderlens.order.domain.Order;
import dev.orderlens.order.domain.OrderLine;
import dev.orderlens.order.domain.Party;
import java.util.List;

/** An order in the webhook's answer; buyer and shipping recipient are kept apart. */
public record OrderView(
    String number,
    String store,
    String status,
    String paymentState,
    String placedAt,
    String promisedFrom,
    String promisedTo,
    MoneyView total,
    List<LineView> lines,
    List<FulfilmentView> fulfilments,
    PartyView buyer,
    RecipientView recipient,
    boolean gift) {

  static OrderView from(Order o) {
    return new OrderView(
        o.number().value(),
        o.store(),
        o.status().name(),
        o.paymentState().name(),
        o.placedAt().toString(),
        o.promisedFrom() == null ? null : o.promisedFrom().toString(),
        o.promisedTo() == null ? null : o.promisedTo().toString(),
        MoneyView.from(o.total()),
        o.lines().stream().map(LineView::from).toList(),
        o.fulfilments().stream()
            .map(f -> new FulfilmentView(f.carrier(), f.trackingNumber(), f.trackingUrl()))
            .toList(),
        PartyView.from(o.buyer()),
        new RecipientView(
            PartyView.from(o.recipient().person()), AddressView.from(o.recipient().address())),
        o.gift());
  }

  /** An amount as a decimal string and its ISO 4217 currency. */
  public record MoneyView(String amount, String currency) {
    static MoneyView from(Money m) {
      return m == null ? null : new MoneyView(m.amount().toPlainString(), m.currency());
    }
  }

  /** One ordered item; name and price are null when they may not be disclosed. */
  public record LineView(
      String sku,
      String name,
      int quantity,
      MoneyView price,
      String fulfilmentSource,
      String supplier) {
    static LineView from(OrderLine l) {
      return new LineView(
          l.sku(),
          l.name(),
          l.quantity(),
          MoneyView.from(l.unitPrice()),
          l.fulfilmentSource() == null ? null : l.fulfilmentSource().name(),
          l.supplier());
    }
  }

  /** A shipment the shop created. */
  public record FulfilmentView(String carrier, String trackingNumber, String trackingUrl) {}

  /** A person: name, e-mail, phone. */
  public record PartyView(String name, String email, String phone) {
    static PartyView from(Party p) {
      return p == null ? null : new PartyView(p.name(), p.email(), p.phone());
    }
  }

  /** Who the parcel goes to, and where. */
  public record RecipientView(PartyView person, AddressView address) {}

  /** A postal address. */
  public record AddressView(
      String line1, String line2, String city, String postcode, String region, String countryCode) {
    static AddressView from(Address a) {
      return a == null
          ? null
          : new AddressView(
              a.line1(), a.line2(), a.city(), a.postcode(), a.region(), a.countryCode());
    }
  }
}
