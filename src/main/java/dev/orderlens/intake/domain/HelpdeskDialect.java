package dev.orderlens.intake.domain;

import java.time.Instant;

/**
 * How one helpdesk calls us: its authenticity scheme and its native payload. One implementation per
 * helpdesk (Zendesk, Freshdesk, Zammad, Chatwoot, Gorgias); each is pure, so it is unit-tested on
 * the vendor's documented payloads.
 */
public interface HelpdeskDialect {

  /** The path segment of {@code /api/v1/webhooks/{helpdesk}}: "zendesk", "freshdesk", … */
  String helpdesk();

  /**
   * Whether the delivery carries this helpdesk's proof of authenticity for our configured secret.
   */
  boolean authentic(WebhookRequest request, Instant now);

  /**
   * Reads the native payload.
   *
   * @throws InvalidPayloadException when the payload lacks what a ticket needs (the id)
   */
  InboundEvent read(WebhookRequest request);

  /** The payload is JSON but not a usable event of this helpdesk: a 400 for the sender. */
  class InvalidPayloadException extends RuntimeException {
    public InvalidPayloadException(String message) {
      super(message);
    }
  }
}
