package dev.orderlens.intake.infrastructure.zendesk;

/**
 * What the Zendesk dialect needs to know.
 *
 * @param signingSecret the webhook's signing secret (Admin Center, Webhooks, "Reveal secret"); from
 *     the environment only
 * @param apiUserEmail the e-mail of the user Orderlens writes back as; an update made by this user
 *     is Orderlens' own, may be blank
 */
public record ZendeskWebhookConfig(String signingSecret, String apiUserEmail) {
  @Override
  public String toString() {
    return "ZendeskWebhookConfig[" + apiUserEmail + "]";
  }
}
