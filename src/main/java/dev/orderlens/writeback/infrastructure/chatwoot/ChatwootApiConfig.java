package dev.orderlens.writeback.infrastructure.chatwoot;

import java.net.URI;
import java.util.Map;

/**
 * Where and as whom Orderlens writes into Chatwoot.
 *
 * @param baseUrl {@code https://app.chatwoot.com} or the self-hosted installation
 * @param accountId the Chatwoot account the inboxes belong to
 * @param accessToken the access token of the agent (or agent bot) Orderlens writes as, from the
 *     environment only
 * @param attributeKeys Orderlens field name to conversation custom attribute key; unmapped fields
 *     are skipped
 */
public record ChatwootApiConfig(
    URI baseUrl, String accountId, String accessToken, Map<String, String> attributeKeys) {

  public ChatwootApiConfig {
    attributeKeys = attributeKeys == null ? Map.of() : Map.copyOf(attributeKeys);
  }

  @Override
  public String toString() {
    return "ChatwootApiConfig[" + baseUrl + ", account " + accountId + "]";
  }
}
