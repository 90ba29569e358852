package dev.orderlens.tracking.domain.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class PostcodePrefixTest {

  @Test
  void fiveDigitPostcodeKeepsItsFirstThree() {
    assertEquals("001", PostcodePrefix.of("00184"));
  }

  @Test
  void fourDigitPostcodeKeepsOnlyTwoBecauseThreeWouldNameAVillage() {
    assertEquals("10", PostcodePrefix.of("1051"));
  }

  @Test
  void britishPostcodeKeepsTheDistrictNotTheStreet() {
    assertEquals("SW1", PostcodePrefix.of("sw1a 1aa"));
  }

  @Test
  void missingOrBlankPostcodeHasNoPrefix() {
    assertNull(PostcodePrefix.of(null));
    assertNull(PostcodePrefix.of(" - "));
  }
}
