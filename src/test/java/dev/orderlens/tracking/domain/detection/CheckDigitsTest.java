package dev.orderlens.tracking.domain.detection;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CheckDigitsTest {

  @Test
  void luhnAcceptsTheTextbookNumberAndRejectsAnyOtherCheckDigit() {
    assertTrue(CheckDigits.luhn().validates("7992739871", "3"));
    assertFalse(CheckDigits.luhn().validates("7992739871", "4"));
  }

  @Test
  void s10WeightsGiveFiveForRemainderZeroAndZeroForRemainderOne() {
    CheckDigitRule s10 = CheckDigits.s10(List.of(8, 6, 4, 2, 3, 5, 9, 7));

    assertTrue(s10.validates("12345678", "5"));
    assertTrue(s10.validates("41034224", "9"));
  }

  @Test
  void mod10CountsLettersAsUpsDoes() {
    CheckDigitRule ups = CheckDigits.mod10(1, 2, false);

    assertTrue(ups.validates("5R8939035756712", "7"));
    assertFalse(ups.validates("5R8939035756712", "8"));
  }

  @Test
  void reversedMod10WeighsFromTheRight() {
    CheckDigitRule forward = CheckDigits.mod10(3, 1, false);
    CheckDigitRule reversed = CheckDigits.mod10(3, 1, true);

    assertTrue(forward.validates("12", "5"));
    assertTrue(reversed.validates("12", "3"));
  }

  @Test
  void mod3736ComputesDpdsAlphanumericCheckCharacter() {
    CheckDigitRule dpd = CheckDigits.mod3736("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ");

    assertTrue(dpd.validates("09980000020034", "D"));
    assertFalse(dpd.validates("09980000020034", "E"));
  }

  @Test
  void mod7IsTheRemainderOfTheSerial() {
    assertTrue(CheckDigits.mod7().validates("331881002", "5"));
  }
}
