package dev.orderlens.writeback.infrastructure.freshdesk;

import java.net.URI;
import java.util.Map;

/**
 * Where and as whom Orderlens writes into Freshdesk.
 *
 * @param baseUrl {@code https://<domain>.freshdesk.com}
 * @param apiKey the API key of the agent Orderlens writes as (Profile settings), from the
 *     environment only
 * @param fieldNames Orderlens field name to Freshdesk custom field name ({@code cf_order_number},
 *     as {@code GET /api/v2/ticket_fields} lists it); unmapped fields are skipped
 */
public record FreshdeskApiConfig(URI baseUrl, String apiKey, Map<String, String> fieldNames) {

  public FreshdeskApiConfig {
    fieldNames = fieldNames == null ? Map.of() : Map.copyOf(fieldNames);
  }

  @Override
  public String toString() {
    return "FreshdeskApiConfig[" + baseUrl + "]";
  }
}
