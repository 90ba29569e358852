package dev.orderlens.order.domain;

import java.time.Instant;

/** A shipment the shop created for (part of) an order, with the carrier's tracking number. */
public record Fulfilment(
    String carrier, String trackingNumber, String trackingUrl, Instant shippedAt) {}
