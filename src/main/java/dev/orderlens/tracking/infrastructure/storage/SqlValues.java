package dev.orderlens.tracking.infrastructure.storage;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Conversions between domain values and what the MariaDB driver hands back from native queries,
 * whose Java types vary with driver settings (a DATETIME may come as Timestamp or LocalDateTime, a
 * BOOLEAN as Boolean or a number). Times are stored in UTC.
 */
final class SqlValues {

  private SqlValues() {}

  static LocalDateTime utc(Instant instant) {
    return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  static String truncated(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max);
  }

  static String string(Object value) {
    return value == null ? null : value.toString();
  }

  static Instant instant(Object value) {
    if (value instanceof Timestamp t) {
      return t.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }
    if (value instanceof LocalDateTime t) {
      return t.toInstant(ZoneOffset.UTC);
    }
    return value instanceof Instant i ? i : null;
  }

  static LocalDate date(Object value) {
    if (value instanceof java.sql.Date d) {
      return d.toLocalDate();
    }
    return value instanceof LocalDate d ? d : null;
  }

  static boolean bool(Object value) {
    return value instanceof Boolean b ? b : value instanceof Number n && n.intValue() != 0;
  }

  static Integer integer(Object value) {
    return value instanceof Number n ? n.intValue() : null;
  }
}
