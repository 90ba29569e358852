package dev.orderlens.tracking.domain.detection;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A table that names the value of one regex group, e.g. the S10 country code "IT" → Poste Italiane.
 * A format may require the lookup to succeed ({@code validation.additional.exists}).
 *
 * @param name the lookup's name in the data, e.g. {@code Courier}
 * @param group the regex group it reads
 * @param entries exact or regex keys with the label they give
 */
record SerialLookup(String name, String group, List<Entry> entries) {

  SerialLookup {
    entries = List.copyOf(entries);
  }

  /** One row: {@code key} matches exactly, or {@code pattern} when the row is a regex row. */
  record Entry(String key, Pattern pattern, String label) {

    boolean accepts(String value) {
      return pattern != null ? pattern.matcher(value).matches() : key.equals(value);
    }
  }

  Optional<String> labelFor(String value) {
    return entries.stream().filter(e -> e.accepts(value)).map(Entry::label).findFirst();
  }
}
