package dev.orderlens.platform;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Conversions between domain values and what the MariaDB driver hands back from native queries,
 * whose Java types vary with driver settings (a DATETIME may come as Timestamp or LocalDateTime, a
 * BOOLEAN as Boolean or a number). Times are stored in UTC. The one such helper: every store's
 * native queries read and write through it.
 */
public final class SqlValues {

  private SqlValues() {}

  public static LocalDateTime utc(Instant instant) {
    return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  public static String truncated(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max);
  }

  public static String string(Object value) {
    return value == null ? null : value.toString();
  }

  public static Instant instant(Object value) {
    if (value instanceof Timestamp t) {
      return t.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }
    if (value instanceof LocalDateTime t) {
      return t.toInstant(ZoneOffset.UTC);
    }
    return value instanceof Instant i ? i : null;
  }

  public static LocalDate date(Object value) {
    if (value instanceof java.sql.Date d) {
      return d.toLocalDate();
    }
    return value instanceof LocalDate d ? d : null;
  }

  public static boolean bool(Object value) {
    return value instanceof Boolean b ? b : value instanceof Number n && n.intValue() != 0;
  }

  public static Integer integer(Object value) {
    return value instanceof Number n ? n.intValue() : null;
  }

  /** A count or id as the driver returns it (Long, Integer, BigInteger, BigDecimal); null is 0. */
  public static long number(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }
}
