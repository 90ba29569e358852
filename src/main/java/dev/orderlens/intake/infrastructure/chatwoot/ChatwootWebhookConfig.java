package dev.orderlens.intake.infrastructure.chatwoot;

/**
 * What the Chatwoot dialect needs to know.
 *
 * @param secret the webhook's signing secret (Chatwoot 4.11 and later), from the environment only
 */
public record ChatwootWebhookConfig(String secret) {
  @Override
  public String toString() {
    return "ChatwootWebhookConfig[***]";
  }
}
