package dev.orderlens.writeback.infrastructure;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Reads an HTTP {@code Retry-After} header (RFC 9110): delay seconds or an HTTP-date. A missing or
 * unreadable header, or a date already past, falls back to a default rather than hammering the
 * helpdesk straight away.
 */
final class RetryAfter {

  static final Duration FALLBACK = Duration.ofSeconds(60);

  private RetryAfter() {}

  static Duration parse(String header, Clock clock) {
    if (header == null || header.isBlank()) {
      return FALLBACK;
    }
    String value = header.strip();
    try {
      return Duration.ofSeconds(Math.max(0, Long.parseLong(value)));
    } catch (NumberFormatException notSeconds) {
      try {
        Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        Duration wait = Duration.between(clock.instant(), at);
        return wait.isNegative() ? Duration.ZERO : wait;
      } catch (DateTimeParseException notDate) {
        return FALLBACK;
      }
    }
  }
}
