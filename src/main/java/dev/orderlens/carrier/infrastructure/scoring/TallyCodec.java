package dev.orderlens.carrier.infrastructure.scoring;

import dev.orderlens.carrier.domain.ComplaintCategory;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Writes a tally's complaint counts and transit histogram as short {@code key:count} lists
 * ("LATE:2,DAMAGED:1", "2:40,3:17") for the roll-up row: a day has a handful of each, and keeping
 * them in one row keeps a 90-day scorecard at 90 rows.
 */
final class TallyCodec {

  private TallyCodec() {}

  static String write(Map<?, Long> counts) {
    return counts.entrySet().stream()
        .map(e -> e.getKey() + ":" + e.getValue())
        .sorted()
        .collect(Collectors.joining(","));
  }

  static Map<ComplaintCategory, Long> complaints(String text) {
    return read(text, ComplaintCategory::valueOf, new EnumMap<>(ComplaintCategory.class));
  }

  static Map<Integer, Long> transit(String text) {
    return read(text, Integer::valueOf, new TreeMap<>());
  }

  private static <K> Map<K, Long> read(String text, Function<String, K> key, Map<K, Long> out) {
    if (text == null || text.isEmpty()) {
      return out;
    }
    for (String pair : text.split(",")) {
      int colon = pair.lastIndexOf(':');
      out.merge(
          key.apply(pair.substring(0, colon)),
          Long.parseLong(pair.substring(colon + 1)),
          Long::sum);
    }
    return out;
  }
}
