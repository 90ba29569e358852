package dev.orderlens.carrier.domain.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every report the tests build — from inputs full of personal data — leaves without any. */
class ReportPrivacyTest {

  private final PersonalDataScanner scanner =
      new PersonalDataScanner(ReportFixtures.CUSTOMER_NAMES);

  static Stream<FeedbackReport> reports() {
    return ReportFixtures.allReports().stream();
  }

  @ParameterizedTest
  @MethodSource("reports")
  void jsonReportHoldsNoPersonalData(FeedbackReport report) {
    assertEquals(List.of(), scanner.findings(FeedbackReportJson.write(report)));
    assertEquals(
        List.of(), scanner.findings(SignedReport.of(report, "carrier-secret", 1764568800L).body()));
  }

  @ParameterizedTest
  @MethodSource("reports")
  void adminCsvHoldsNoPersonalData(FeedbackReport report) {
    assertEquals(List.of(), scanner.findingsInText(FeedbackReportCsv.summary(List.of(report))));
    assertEquals(List.of(), scanner.findingsInText(FeedbackReportCsv.incidents(report)));
  }
}
