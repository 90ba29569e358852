package dev.orderlens.tracking.domain.detection;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Tells which carriers a tracking number can belong to, so a ticket that names no carrier can still
 * be tracked and a wrong carrier hint can be caught. Pure and thread-safe; the formats are read
 * once from the classpath when the detector is built, so build one and share it.
 */
public final class CarrierDetector {

  private final List<TrackingFormat> formats;

  /** The bundled data set plus the European formats it lacks. */
  public CarrierDetector() {
    this(
        Stream.concat(TrackingFormatCatalog.load().stream(), EuropeanFormats.all().stream())
            .toList());
  }

  CarrierDetector(List<TrackingFormat> formats) {
    this.formats = List.copyOf(formats);
  }

  /**
   * Every carrier format the number fits (shape, check digit and required lookups), checked-digit
   * matches first; empty when none does. Whitespace and case are ignored.
   */
  public List<CarrierCandidate> detect(String number) {
    List<CarrierCandidate> candidates = detectCompact(compact(number));
    String undashed = withoutSeparators(number);
    // A few formats carry a dash of their own (LaserShip "…-1"); others are written with dashes
    // for legibility ("1001-9017-…"): the number as written first, then without separators.
    return candidates.isEmpty() && !undashed.equals(compact(number))
        ? detectCompact(undashed)
        : candidates;
  }

  private List<CarrierCandidate> detectCompact(String compact) {
    if (compact.isEmpty()) {
      return List.of();
    }
    return formats.stream()
        .map(format -> format.match(compact))
        .flatMap(Optional::stream)
        .sorted((a, b) -> Boolean.compare(b.checksumValid(), a.checksumValid()))
        .toList();
  }

  /** True when at least one carrier format recognises the number. */
  public boolean recognises(String number) {
    return !detect(number).isEmpty();
  }

  /** The number as carriers store it: no whitespace, upper case. */
  public static String compact(String number) {
    return number == null ? "" : number.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
  }

  /** The number without whitespace, dashes or dots, as people space it out for legibility. */
  public static String withoutSeparators(String number) {
    return compact(number).replaceAll("[\\-.\u2010-\u2015]+", "");
  }
}
