package dev.orderlens.writeback.infrastructure.gorgias;

import java.net.URI;
import java.util.Map;

/**
 * Where and as whom Orderlens writes into Gorgias.
 *
 * @param baseUrl {@code https://<domain>.gorgias.com}
 * @param username the e-mail of the Gorgias user the API key belongs to; notes are sent as this
 *     user
 * @param apiKey the REST API key (Settings → REST API), from the environment only
 * @param fieldIds Orderlens field name to Gorgias ticket field id; unmapped fields are skipped
 */
public record GorgiasApiConfig(
    URI baseUrl, String username, String apiKey, Map<String, Long> fieldIds) {

  public GorgiasApiConfig {
    fieldIds = fieldIds == null ? Map.of() : Map.copyOf(fieldIds);
  }

  @Override
  public String toString() {
    return "GorgiasApiConfig[" + baseUrl + ", " + username + "]";
  }
}
