package dev.orderlens.privacy.domain;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Locale;
import java.util.Optional;

/**
 * Phone numbers in E.164, so "0171 1234567" typed in Germany and "+49 171 1234567" from the shop
 * compare equal. A national number needs the region it was written in; the order's country gives
 * it.
 */
final class PhoneNumbers {

  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

  private PhoneNumbers() {}

  /** The number in E.164, or empty when it is missing or cannot be a phone number there. */
  static Optional<String> toE164(String raw, String defaultRegion) {
    if (raw == null || raw.isBlank()) {
      return Optional.empty();
    }
    String region = defaultRegion == null ? "ZZ" : defaultRegion.toUpperCase(Locale.ROOT);
    try {
      PhoneNumber number = UTIL.parse(raw, region);
      return UTIL.isPossibleNumber(number)
          ? Optional.of(UTIL.format(number, PhoneNumberFormat.E164))
          : Optional.empty();
    } catch (NumberParseException e) {
      return Optional.empty();
    }
  }

  /** Whether both are the same phone number; false when either is missing or unparseable. */
  static boolean same(String a, String b, String defaultRegion) {
    Optional<String> first = toE164(a, defaultRegion);
    return first.isPresent() && first.equals(toE164(b, defaultRegion));
  }
}
