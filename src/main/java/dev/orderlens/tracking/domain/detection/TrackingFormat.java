package dev.orderlens.tracking.domain.detection;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One tracking-number format of one carrier: its shape, its check digit and the lookups that must
 * succeed. Numbers are matched compact (no whitespace, upper case), as the data set's reference
 * implementation does.
 *
 * @param checkDigit null when the format has no check digit
 * @param prependIf null, or a rule that prefixes the serial before the check digit is computed
 * @param requiredLookups names of {@code lookups} that must recognise their group's value
 */
record TrackingFormat(
    String carrierCode,
    String carrierName,
    String id,
    String name,
    Pattern pattern,
    CheckDigitRule checkDigit,
    PrependIf prependIf,
    List<SerialLookup> lookups,
    Set<String> requiredLookups) {

  TrackingFormat {
    Objects.requireNonNull(pattern, "pattern");
    lookups = List.copyOf(lookups);
    requiredLookups = Set.copyOf(requiredLookups);
  }

  /** "Prepend {@code content} to the serial when the serial matches {@code when}". */
  record PrependIf(Pattern when, String content) {}

  /** The candidate this format sees in {@code compact}, or empty when shape or checks fail. */
  Optional<CarrierCandidate> match(String compact) {
    Matcher m = pattern.matcher(compact);
    if (!m.matches()) {
      return Optional.empty();
    }
    if (checkDigit != null && !checkDigitHolds(m)) {
      return Optional.empty();
    }
    String label = carrierName;
    String service = null;
    for (SerialLookup lookup : lookups) {
      Optional<String> found =
          Optional.ofNullable(group(m, lookup.group())).flatMap(lookup::labelFor);
      if (found.isEmpty() && requiredLookups.contains(lookup.name())) {
        return Optional.empty();
      }
      if (found.isPresent() && "Courier".equals(lookup.name())) {
        label = found.get();
      }
      if (found.isPresent() && "Service Type".equals(lookup.name())) {
        service = found.get();
      }
    }
    return Optional.of(
        new CarrierCandidate(
            carrierCode,
            label,
            id,
            name,
            service,
            checkDigit != null ? CarrierCandidate.Checksum.VALID : CarrierCandidate.Checksum.NONE));
  }

  private boolean checkDigitHolds(Matcher m) {
    String serial = group(m, "SerialNumber");
    String check = group(m, "CheckDigit");
    if (serial == null || check == null) {
      return false;
    }
    if (prependIf != null && prependIf.when().matcher(serial).matches()) {
      serial = prependIf.content() + serial;
    }
    return checkDigit.validates(serial, check);
  }

  private static String group(Matcher m, String name) {
    try {
      String value = m.group(name);
      return value == null ? null : value.replaceAll("\\s+", "");
    } catch (IllegalArgumentException noSuchGroup) {
      return null;
    }
  }
}
