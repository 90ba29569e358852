package dev.orderlens.intake.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** A received webhook event, as stored in {@code ticket_event}; times are UTC. */
@Entity
@Table(name = "ticket_event")
public class TicketEventEntity {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  @Column(nullable = false)
  String source;

  @Column(name = "event_id", nullable = false)
  String eventId;

  @Column(name = "ticket_id", nullable = false)
  String ticketId;

  @Column(nullable = false)
  String payload;

  @Column(name = "received_at", nullable = false)
  LocalDateTime receivedAt;

  @Column(nullable = false)
  String status;

  String enrichment;

  @Column(name = "enriched_at")
  LocalDateTime enrichedAt;

  void complete(String enrichmentJson, Instant at) {
    this.enrichment = enrichmentJson;
    this.enrichedAt = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    this.status = "ENRICHED";
  }
}
