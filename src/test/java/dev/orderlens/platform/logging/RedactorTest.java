package dev.orderlens.platform.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RedactorTest {

  @Test
  void emailAddressesAreMasked() {
    assertEquals(
        "Ticket from [email] about #1001",
        Redactor.redact("Ticket from Anna.Schmidt+shop@example.co.uk about #1001"));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "+49 171 1234567",
        "+39 333 123 4567",
        "+7 (912) 345-67-89",
        "+36 30 123 4567",
        "+33 6 12 34 56 78",
        "+34 612 345 678",
        "0049 171 1234567",
        "0171 1234567",
        "0171/1234567",
        "06 30 123 4567",
        "06 12 34 56 78",
        "8 (912) 345-67-89",
        "333 123 4567",
        "612 345 678",
        "(555) 123-4567",
        "+491711234567",
        "01711234567"
      })
  void phoneNumbersInInternationalAndNationalFormAreMasked(String phone) {
    assertEquals("call me on [phone] please", Redactor.redact("call me on " + phone + " please"));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "order #1001",
        "Shopify order id 5123456789012",
        "parcel 00340434161234567890",
        "placed 2026-11-25 13:21:55",
        "total 1249.90 EUR",
        "3 items, 2 parcels",
        "Shipped via DHL in 2 days",
        "Please bring 5 items",
        "It took place 2 weeks ago"
      })
  void idsDatesAndAmountsAreKept(String text) {
    assertEquals(text, Redactor.redact(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Ship to Via Roma 12, Milano       | Ship to [address], Milano
          Ship to Via della Spiga 5/2       | Ship to [address]
          Ship to Leopoldstraße 12a, 80802  | Ship to [address], 80802
          Ship to Hauptstr. 7               | Ship to [address]
          Ship to улица Ленина, д. 5        | Ship to [address]
          Ship to Kossuth Lajos utca 12.    | Ship to [address].
          Ship to Calle de Alcalá 45        | Ship to [address]
          Ship to 12 rue de Rivoli, Paris   | Ship to [address], Paris
          Ship to 221B Baker Street, London | Ship to [address], London
          """)
  void streetAddressesAreMasked(String text, String expected) {
    assertEquals(expected, Redactor.redact(text));
  }

  @Test
  void everythingInOneLineIsMasked() {
    assertEquals(
        "Requester [email] ([phone]) at [address] wrote about #1001",
        Redactor.redact(
            "Requester marco.rossi@example.it (+39 333 1234567) at Via Torino 5 wrote about #1001"));
  }

  @Test
  void nullStaysNull() {
    assertNull(Redactor.redact(null));
  }
}
