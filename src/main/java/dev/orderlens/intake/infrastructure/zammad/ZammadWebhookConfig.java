package dev.orderlens.intake.infrastructure.zammad;

/**
 * What the Zammad dialect needs to know.
 *
 * @param hmacToken the webhook's "HMAC SHA1 Signature Token", from the environment only
 * @param apiUser login or e-mail of the user Orderlens writes back as: internal articles created by
 *     this user are Orderlens' own; may be blank
 */
public record ZammadWebhookConfig(String hmacToken, String apiUser) {
  @Override
  public String toString() {
    return "ZammadWebhookConfig[" + apiUser + "]";
  }
}
