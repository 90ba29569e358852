package dev.orderlens.writeback.infrastructure.zammad;

import java.net.URI;
import java.util.Map;

/**
 * Where and as whom Orderlens writes into Zammad.
 *
 * @param baseUrl {@code https://support.myshop.example}
 * @param accessToken a personal access token (permission {@code ticket.agent}) of the user
 *     Orderlens writes as, from the environment only
 * @param fieldNames Orderlens field name to Zammad ticket attribute name; unmapped fields are
 *     skipped
 * @param priorities Orderlens priority (LOW, NORMAL, HIGH, URGENT) to Zammad priority name;
 *     Zammad's defaults ("1 low", "2 normal", "3 high") when empty
 */
public record ZammadApiConfig(
    URI baseUrl,
    String accessToken,
    Map<String, String> fieldNames,
    Map<String, String> priorities) {

  static final Map<String, String> DEFAULT_PRIORITIES =
      Map.of("LOW", "1 low", "NORMAL", "2 normal", "HIGH", "3 high", "URGENT", "3 high");

  public ZammadApiConfig {
    fieldNames = fieldNames == null ? Map.of() : Map.copyOf(fieldNames);
    priorities =
        priorities == null || priorities.isEmpty() ? DEFAULT_PRIORITIES : Map.copyOf(priorities);
  }

  @Override
  public String toString() {
    return "ZammadApiConfig[" + baseUrl + "]";
  }
}
