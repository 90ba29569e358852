package dev.orderlens.platform;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.config.Config;

/** Reads groups of MicroProfile Config keys sharing a prefix, and optional non-blank values. */
public final class ConfigMaps {
  private ConfigMaps() {}

  /** {@code prefix.a=1, prefix.b=2} → {@code {a=1, b=2}}, each value converted. */
  public static <T> Map<String, T> under(
      Config config, String prefix, Function<String, T> convert) {
    Map<String, T> entries = new HashMap<>();
    for (String name : config.getPropertyNames()) {
      if (name.startsWith(prefix) && name.length() > prefix.length()) {
        text(config, name)
            .ifPresent(v -> entries.put(name.substring(prefix.length()), convert.apply(v)));
      }
    }
    return entries;
  }

  /** The value, unless missing or blank. */
  public static Optional<String> text(Config config, String key) {
    return config.getOptionalValue(key, String.class).map(String::strip).filter(v -> !v.isEmpty());
  }
}
