package dev.orderlens.tracking.domain.detection;

/** A check-digit algorithm: whether {@code checkDigit} is the one computed from {@code serial}. */
@FunctionalInterface
interface CheckDigitRule {

  boolean validates(String serial, String checkDigit);
}
