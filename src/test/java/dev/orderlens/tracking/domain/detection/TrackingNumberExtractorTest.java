package dev.orderlens.tracking.domain.detection;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TrackingNumberExtractorTest {

  private static final TrackingNumberExtractor EXTRACTOR =
      new TrackingNumberExtractor(new CarrierDetector());

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Hi, my tracking number 1Z5R89390357567127 shows nothing since Monday. | 1Z5R89390357567127",
        "Buongiorno, il numero di spedizione è 084000123456, il pacco non è arrivato. | 084000123456",
        "Здравствуйте! Трек-номер 10102467023459, посылка стоит на месте. | 10102467023459",
        "A csomagszám: JJH30AAAAA12345678, még nem érkezett meg. | JJH30AAAAA12345678",
        "Meine Sendungsnummer ist 00340433836442636597, bitte prüfen. | 00340433836442636597",
        "Bonjour, mon numéro de suivi est 3SABCD1234567 merci. | 3SABCD1234567",
        "Hola, el número de seguimiento es RB123456785GB. | RB123456785GB",
      })
  void findsTheTrackingNumberInEveryLanguage(String text, String expected) {
    assertEquals(List.of(expected), EXTRACTOR.extract(text));
  }

  @Test
  void joinsANumberWrittenInGroups() {
    assertEquals(
        List.of("1Z5R89390357567127"),
        EXTRACTOR.extract("Tracking: 1Z 5R8 939 035 756 712 7 - please help"));
  }

  @Test
  void checkedNumberCountsEvenWithoutALabel() {
    assertEquals(
        List.of("00340433836442636597"),
        EXTRACTOR.extract("Where is 00340433836442636597? It was due yesterday."));
  }

  @Test
  void ignoresOrderNumbersPhoneNumbersDatesAndPrices() {
    String text =
        "Order #1001 placed on 2026-11-20 for € 129.90. Call me on +39 333 123 4567 or "
            + "phone 3318810025. Order 201298452277 was paid.";

    assertEquals(List.of(), EXTRACTOR.extract(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Meine Telefonnummer: 0151 23456789, bitte zurückrufen.",
        "Chiamatemi al 0039 333 1234567 grazie",
        "Ordine n. 201298452277 del 20.11.2026, totale 1.299,00 EUR",
        "Заказ 10102467023459 оплачен 25 11 2026",
        "Rendelés #100234, fizetve: 12 990 Ft",
        "IBAN IT60 X054 2811 1010 0000 0123 456",
      })
  void ignoresNumbersThatAreNotTrackingNumbers(String text) {
    assertEquals(List.of(), EXTRACTOR.extract(text));
  }

  @Test
  void trackingLabelAfterAnOrderNumberStillCounts() {
    assertEquals(
        List.of("201298452277"),
        EXTRACTOR.extract("Order #1001 – DHL Sendungsnummer 201298452277"));
  }

  @Test
  void shapeOnlyNumberNeedsATrackingLabel() {
    assertEquals(List.of(), EXTRACTOR.extract("My customer code is XHAX4HDA and ref 20812345678."));
    assertEquals(List.of("XHAX4HDA"), EXTRACTOR.extract("GLS tracking XHAX4HDA"));
  }

  @Test
  void findsSeveralNumbersOnceEach() {
    assertEquals(
        List.of("1Z5R89390357567127", "RB123456785GB"),
        EXTRACTOR.extract(
            "Tracking 1Z5R89390357567127 and RB123456785GB; again: 1Z5R89390357567127"));
  }

  @Test
  void emptyTextHasNoNumbers() {
    assertEquals(List.of(), EXTRACTOR.extract("  "));
    assertEquals(List.of(), EXTRACTOR.extract(null));
  }
}
