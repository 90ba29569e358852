package dev.orderlens.carrier.api;

import dev.orderlens.carrier.domain.report.ReportArchive;
import java.time.Instant;
import java.time.LocalDate;

/** A produced report in a list; its body is at {@code reports/{id}}, exactly as pushed. */
public record ReportSummaryView(
    long id, String key, LocalDate from, LocalDate to, Instant createdAt) {
  static ReportSummaryView of(ReportArchive.Stored r) {
    return new ReportSummaryView(r.id(), r.key(), r.from(), r.to(), r.at());
  }
}
