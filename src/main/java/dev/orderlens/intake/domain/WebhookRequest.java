package dev.orderlens.intake.domain;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A webhook delivery as it arrived: its headers (names case-insensitive) and the raw body bytes a
 * signature is computed over.
 */
public record WebhookRequest(Map<String, String> headers, byte[] body) {

  public WebhookRequest {
    headers =
        headers.entrySet().stream()
            .filter(e -> e.getKey() != null && e.getValue() != null)
            .collect(
                Collectors.toUnmodifiableMap(
                    e -> e.getKey().toLowerCase(Locale.ROOT), Map.Entry::getValue, (a, b) -> a));
  }

  /** The header's value, or null. */
  public String header(String name) {
    return headers.get(name.toLowerCase(Locale.ROOT));
  }
}
