package dev.orderlens.tracking.domain.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class PostcodePrefixTest {

  @Test
  void fiveDigitPostcodeKeepsItsFirstThree() {
    assertEquals("001", PostcodePrefix.textOf("00184"));
  }

  @Test
  void fourDigitPostcodeKeepsOnlyTwoBecauseThreeWouldNameAVillage() {
    assertEquals("10", PostcodePrefix.textOf("1051"));
  }

  @Test
  void threeCharacterPostcodeKeepsOnlyOne() {
    assertEquals("1", PostcodePrefix.textOf("123"));
  }

  @Test
  void britishPostcodeKeepsTheDistrictNotTheStreet() {
    assertEquals("SW1", PostcodePrefix.textOf("sw1a 1aa"));
  }

  @Test
  void missingBlankOrTinyPostcodeHasNoPrefix() {
    assertNull(PostcodePrefix.textOf(null));
    assertNull(PostcodePrefix.textOf(" - "));
    assertNull(PostcodePrefix.textOf("12"));
  }

  @Test
  void theLedgerStoresWhatCarrierReportsShow() {
    for (String postcode : new String[] {"00184", "1051", "123", "SW1A 1AA", "D02 X285"}) {
      assertEquals(
          PostcodePrefix.of(postcode).value(),
          ShipmentRecord.first("ups", "1Z1", null, null, postcode, "IT", null, false)
              .destinationPostcodePrefix(),
          postcode);
    }
  }
}
