package dev.orderlens.order.domain;

import java.time.Instant;
import java.util.List;

/**
 * A shipment the shop created for (part of) an order, with the carrier's tracking number. An order
 * split over several parcels has several fulfilments; {@code lineSkus} says which lines went in
 * this one (empty when the platform does not say).
 */
public record Fulfilment(
    String carrier,
    String trackingNumber,
    String trackingUrl,
    Instant shippedAt,
    List<String> lineSkus) {

  public Fulfilment {
    lineSkus = lineSkus == null ? List.of() : List.copyOf(lineSkus);
  }

  /** A fulfilment whose contents the platform does not list. */
  public static Fulfilment of(
      String carrier, String trackingNumber, String trackingUrl, Instant shippedAt) {
    return new Fulfilment(carrier, trackingNumber, trackingUrl, shippedAt, List.of());
  }
}
