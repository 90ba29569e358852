package dev.orderlens.carrier.domain.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.orderlens.carrier.domain.report.PersonalDataScanner.Finding;
import dev.orderlens.carrier.domain.report.PersonalDataScanner.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PersonalDataScannerTest {

  private final PersonalDataScanner scanner =
      new PersonalDataScanner(ReportFixtures.CUSTOMER_NAMES);

  private static String signal(String value) {
    return "{\"incidents\":[{\"signals\":[\"" + value.replace("\"", "\\\"") + "\"]}]}";
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          EMAIL          | anna.kovacs@example.hu
          EMAIL          | write to jp.dubois+orders@mail.example.fr please
          PHONE          | +36 30 123 4567
          PHONE          | 0049 30 1234567
          PHONE          | call 030 12345678
          PHONE          | тел. 8 (916) 123-45-67
          STREET_ADDRESS | 221b Baker Street
          STREET_ADDRESS | Hauptstraße 5
          STREET_ADDRESS | via Roma 12
          STREET_ADDRESS | 12 rue de la Paix
          STREET_ADDRESS | calle Mayor, 3
          STREET_ADDRESS | Kossuth Lajos utca 12
          STREET_ADDRESS | ул. Ленина, д. 5
          FULL_POSTCODE  | SW1A 1AA
          FULL_POSTCODE  | 1012 AB
          FULL_POSTCODE  | 10115 Berlin
          CUSTOMER_NAME  | anna kovacs
          CUSTOMER_NAME  | DUBOIS
          CUSTOMER_NAME  | Иванова
          CUSTOMER_NAME  | O'Brien
          """)
  void findsEachKindOfPersonalData(Kind kind, String value) {
    List<Finding> findings = scanner.findings(signal(value));

    assertEquals(
        true,
        findings.contains(new Finding(kind, "$.incidents[0].signals[0]")),
        findings::toString);
  }

  @Test
  void postcodeFieldsHoldAtMostAPrefix() {
    assertEquals(
        List.of(new Finding(Kind.FULL_POSTCODE, "$.postcodePrefix")),
        scanner.findings("{\"postcodePrefix\":\"10115\"}"));
    assertEquals(List.of(), scanner.findings("{\"postcodePrefix\":\"101\"}"));
  }

  @Test
  void keysAreScannedToo() {
    assertEquals(
        List.of(new Finding(Kind.EMAIL, "$.<key>")), scanner.findings("{\"orders@example.hu\":1}"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "JJD000390007712345",
        "00340434161234567890",
        "CV123456789DE",
        "1Z999AA10123456784",
        "sha256:0612345678ab0000000000000000000000000000000000000000000000000001",
        "2026-12-01T06:00:00Z",
        "AttemptFail_002",
        "NO_OUT_FOR_DELIVERY_SCAN",
        "ATTEMPT_FAR_FROM_DESTINATION",
        "DELIVERED_NOT_RECEIVED",
        "dhl",
        "66.67"
      })
  void leavesReportVocabularyAlone(String value) {
    assertEquals(List.of(), scanner.findings(signal(value)));
    assertEquals(List.of(), scanner.findings("{\"trackingNumber\":\"" + value + "\"}"));
  }
}
