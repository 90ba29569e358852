package dev.orderlens.carrier.domain.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class FeedbackReportCsvTest {

  @Test
  void summaryHasOneRowPerReportWithPercentages() {
    String csv =
        FeedbackReportCsv.summary(
            List.of(ReportFixtures.dhlNovember(), ReportFixtures.quietMonth()));

    assertEquals(
        List.of(
            "schema_version,carrier,from,to,shipments,on_time_pct,first_attempt_pct,"
                + "disputed_attempt_pct,damage_pct,transit_p50,transit_p95,late_per_1000,"
                + "false_attempt_per_1000,lost_per_1000,damaged_per_1000,left_unsafe_per_1000,"
                + "delivered_not_received_per_1000,driver_conduct_per_1000",
            "1.0,dhl,2026-11-01,2026-11-30,4,66.67,66.67,100.00,25.00,3,4,"
                + "0.00,250.00,250.00,250.00,0.00,0.00,0.00",
            "1.0,dhl,2026-11-01,2026-11-30,0,,,,,,,0.00,0.00,0.00,0.00,0.00,0.00,0.00"),
        List.of(csv.split("\r\n")));
  }

  @Test
  void incidentRowsCarryPrefixesAndDigestsOnly() {
    String[] rows = FeedbackReportCsv.incidents(ReportFixtures.dhlNovember()).split("\r\n");

    assertEquals(4, rows.length);
    assertEquals(
        "carrier,tracking_number,category,carrier_status_code,signals,event_codes,evidence,"
            + "postcode_prefix,state,dispute_reason",
        rows[0]);
    assertEquals(true, rows[1].startsWith("dhl,JJD000390007712345,FALSE_ATTEMPT,AttemptFail_002,"));
    assertEquals(true, rows[1].endsWith(",10,OPEN,"));
    assertEquals(true, rows[3].endsWith(",101,DISPUTED,SCAN_AT_HUB"));
  }

  @Test
  void cellsAreQuotedAndNeverRunAsFormulas() {
    assertEquals("\"a,b\"", FeedbackReportCsv.cell("a,b"));
    assertEquals("\"say \"\"hi\"\"\"", FeedbackReportCsv.cell("say \"hi\""));
    assertEquals("'=HYPERLINK(1)", FeedbackReportCsv.cell("=HYPERLINK(1)"));
    assertEquals("plain", FeedbackReportCsv.cell("plain"));
  }
}
