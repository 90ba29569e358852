package dev.orderlens.writeback.infrastructure.zendesk;

import java.net.URI;
import java.util.Map;

/**
 * Where and as whom Orderlens writes into Zendesk.
 *
 * @param baseUrl {@code https://<subdomain>.zendesk.com}
 * @param email the agent the API token belongs to; notes appear under this name
 * @param apiToken Zendesk API token, from the environment only
 * @param fieldIds Orderlens field name to Zendesk custom ticket field id; unmapped fields are
 *     skipped
 */
public record ZendeskApiConfig(
    URI baseUrl, String email, String apiToken, Map<String, Long> fieldIds) {

  public ZendeskApiConfig {
    fieldIds = fieldIds == null ? Map.of() : Map.copyOf(fieldIds);
  }

  @Override
  public String toString() {
    return "ZendeskApiConfig[" + baseUrl + ", " + email + "]";
  }
}
