package dev.orderlens.it;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;

/**
 * The clock the tests build their data from: the same as the server's under test. Both read the
 * testing offset {@code ORDERLENS_TESTING_CLOCK_OFFSET} (or the system property {@code
 * orderlens.testing.clock-offset}), so {@code ORDERLENS_TESTING_CLOCK_OFFSET=P365D ./mvnw verify}
 * runs the whole suite a year ahead.
 */
public final class TestClock {
  private TestClock() {}

  public static final Duration OFFSET = offset();

  public static Clock clock() {
    return Clock.offset(Clock.systemUTC(), OFFSET);
  }

  public static Instant now() {
    return clock().instant();
  }

  public static LocalDate today() {
    return LocalDate.now(clock());
  }

  /** The date {@code days} before today, as ISO text. */
  public static String daysAgo(int days) {
    return today().minusDays(days).toString();
  }

  /** The date {@code days} after today, as ISO text. */
  public static String daysAhead(int days) {
    return today().plusDays(days).toString();
  }

  /** An instant {@code days} before today at the given UTC time, as ISO text. */
  public static String instantDaysAgo(int days, String utcTime) {
    return today()
        .minusDays(days)
        .atTime(LocalTime.parse(utcTime))
        .toInstant(ZoneOffset.UTC)
        .toString();
  }

  private static Duration offset() {
    String value = System.getProperty("orderlens.testing.clock-offset");
    if (value == null || value.isBlank()) {
      value = System.getenv("ORDERLENS_TESTING_CLOCK_OFFSET");
    }
    return value == null || value.isBlank() ? Duration.ZERO : Duration.parse(value.trim());
  }
}
