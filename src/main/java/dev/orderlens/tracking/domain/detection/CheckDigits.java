package dev.orderlens.tracking.domain.detection;

import java.util.List;

/**
 * The check-digit algorithms the tracking-number data set names. Each follows the data set's own
 * definition (its reference implementation), so the published test numbers agree with it.
 */
final class CheckDigits {

  private CheckDigits() {}

  /** Weighted digit sum (letters count as {@code (ascii - 3) % 10}, as UPS does), mod 10. */
  static CheckDigitRule mod10(int evensMultiplier, int oddsMultiplier, boolean reverse) {
    return (serial, check) -> {
      String sequence = reverse ? new StringBuilder(serial).reverse().toString() : serial;
      int total = 0;
      for (int i = 0; i < sequence.length(); i++) {
        int x = digitValue(sequence.charAt(i));
        total += x * (i % 2 == 0 ? evensMultiplier : oddsMultiplier);
      }
      int result = total % 10;
      return matches(result == 0 ? 0 : 10 - result, check);
    };
  }

  /** The serial read as a number, mod 7 (DHL Express waybills). */
  static CheckDigitRule mod7() {
    return (serial, check) ->
        serial.chars().allMatch(Character::isDigit)
            && matches(
                new java.math.BigInteger(serial).mod(java.math.BigInteger.valueOf(7)), check);
  }

  /** UPU S10: weights 8,6,4,2,3,5,9,7 mod 11, remainder 0 gives 5 and 1 gives 0. */
  static CheckDigitRule s10(List<Integer> weights) {
    return (serial, check) -> {
      int total = weightedSum(serial, weights);
      int remainder = total % 11;
      int expected = remainder == 0 ? 5 : remainder == 1 ? 0 : 11 - remainder;
      return matches(expected, check);
    };
  }

  /**
   * Luhn: positions counted from the right, every other digit starting at the rightmost doubled.
   */
  static CheckDigitRule luhn() {
    return (serial, check) -> {
      int total = 0;
      for (int i = 0; i < serial.length(); i++) {
        int x = digitValue(serial.charAt(serial.length() - 1 - i));
        if (i % 2 == 0) {
          x *= 2;
          x = x > 9 ? x - 9 : x;
        }
        total += x;
      }
      return matches((10 - total % 10) % 10, check);
    };
  }

  /** ISO/IEC 7064 MOD 37,36 over an alphanumeric alphabet (DPD). */
  static CheckDigitRule mod3736(String alphabet) {
    return (serial, check) -> {
      int m = 36;
      int p = m;
      for (char c : serial.toCharArray()) {
        int value = alphabet.indexOf(c);
        if (value < 0) {
          return false;
        }
        p = (p + value) % m;
        p = ((p == 0 ? m : p) * 2) % (m + 1);
      }
      int expected = (m + 1 - p) % m;
      return String.valueOf(alphabet.charAt(expected)).equals(check);
    };
  }

  /** Weighted digit sum, then mod {@code modulo1} and mod {@code modulo2} (FedEx). */
  static CheckDigitRule sumProduct(List<Integer> weights, int modulo1, int modulo2) {
    return (serial, check) -> matches(weightedSum(serial, weights) % modulo1 % modulo2, check);
  }

  private static int weightedSum(String serial, List<Integer> weights) {
    int total = 0;
    for (int i = 0; i < Math.min(serial.length(), weights.size()); i++) {
      total += digitValue(serial.charAt(i)) * weights.get(i);
    }
    return total;
  }

  private static int digitValue(char c) {
    return Character.isDigit(c) ? c - '0' : (c - 3) % 10;
  }

  private static boolean matches(Object expected, String check) {
    return String.valueOf(expected).equals(check);
  }
}
