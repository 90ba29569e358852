package dev.orderlens.carrier.domain.report;

import dev.orderlens.carrier.domain.ComplaintCategory;
import dev.orderlens.carrier.domain.complaint.TextDigest;
import dev.orderlens.carrier.domain.scorecard.Rate;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * CSV for admins who compare carriers in a spreadsheet: one summary row per report, or one row per
 * incident of a report. RFC 4180 (comma, CRLF, quotes doubled); text cells starting with {@code = +
 * - @} get a leading apostrophe so a spreadsheet never runs them as formulas. Rates are percentages
 * with two decimals, empty when undefined.
 */
public final class FeedbackReportCsv {

  private FeedbackReportCsv() {}

  public static String summary(List<FeedbackReport> reports) {
    List<String> header =
        new ArrayList<>(
            List.of(
                "schema_version",
                "carrier",
                "from",
                "to",
                "shipments",
                "on_time_pct",
                "first_attempt_pct",
                "disputed_attempt_pct",
                "damage_pct",
                "transit_p50",
                "transit_p95"));
    for (ComplaintCategory c : ComplaintCategory.values()) {
      header.add(c.name().toLowerCase(Locale.ROOT) + "_per_1000");
    }
    StringBuilder out = new StringBuilder(row(header));
    for (FeedbackReport r : reports) {
      List<String> cells =
          new ArrayList<>(
              List.of(
                  r.schemaVersion(),
                  r.carrier(),
                  r.period().from().toString(),
                  r.period().to().toString(),
                  Long.toString(r.shipments()),
                  percent(r.onTime()),
                  percent(r.firstAttempt()),
                  percent(r.disputedAttempt()),
                  percent(r.damage()),
                  number(r.transitP50()),
                  number(r.transitP95())));
      for (ComplaintCategory c : ComplaintCategory.values()) {
        cells.add(decimal(r.complaintsPerThousand().getOrDefault(c, 0.0)));
      }
      out.append(row(cells));
    }
    return out.toString();
  }

  public static String incidents(FeedbackReport report) {
    StringBuilder out =
        new StringBuilder(
            row(
                List.of(
                    "carrier",
                    "tracking_number",
                    "category",
                    "carrier_status_code",
                    "signals",
                    "event_codes",
                    "evidence",
                    "postcode_prefix",
                    "state",
                    "dispute_reason")));
    for (IncidentSnapshot i : report.incidents()) {
      out.append(
          row(
              List.of(
                  report.carrier(),
                  i.trackingNumber(),
                  i.category().name(),
                  nullToEmpty(i.carrierStatusCode()),
                  String.join(" ", i.signals()),
                  String.join(" ", i.eventCodes()),
                  String.join(" ", i.evidence().stream().map(TextDigest::toString).toList()),
                  i.postcodePrefix() == null ? "" : i.postcodePrefix().value(),
                  i.state().name(),
                  nullToEmpty(i.disputeReason()))));
    }
    return out.toString();
  }

  private static String row(List<String> cells) {
    return String.join(",", cells.stream().map(FeedbackReportCsv::cell).toList()) + "\r\n";
  }

  static String cell(String value) {
    String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    boolean quote = safe.matches("(?s).*[,\"\r\n].*");
    return quote ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
  }

  private static String percent(Rate rate) {
    return rate == null || !rate.defined() ? "" : decimal(rate.value() * 100);
  }

  private static String decimal(double value) {
    return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).toPlainString();
  }

  private static String number(Integer value) {
    return value == null ? "" : value.toString();
  }

  private static String nullToEmpty(String value) {
    return value == null ? "" : value;
  }
}
