package dev.orderlens.carrier.domain.report;

import static dev.orderlens.platform.Jsons.JSON;

import dev.orderlens.carrier.domain.ComplaintCategory;
import dev.orderlens.carrier.domain.complaint.TextDigest;
import dev.orderlens.carrier.domain.scorecard.Rate;
import jakarta.json.stream.JsonGenerator;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Writes a report as JSON matching {@code carrier/feedback-report-1.0.schema.json}. Fields come in
 * a fixed order and numbers are rounded the same way every time (ratios to 4 decimals, per-1,000
 * values to 2), so the same report always gives the same bytes — which is what gets signed.
 * Undefined rates are {@code null}.
 */
public final class FeedbackReportJson {

  private FeedbackReportJson() {}

  public static String write(FeedbackReport r) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.writeStartObject()
          .write("schemaVersion", r.schemaVersion())
          .write("carrier", r.carrier())
          .writeStartObject("period")
          .write("from", r.period().from().toString())
          .write("to", r.period().to().toString())
          .writeEnd()
          .write("generatedAt", r.generatedAt().toString())
          .write("shipments", r.shipments());
      g.writeStartObject("rates");
      rate(g, "onTime", r.onTime());
      rate(g, "firstAttempt", r.firstAttempt());
      rate(g, "disputedAttempt", r.disputedAttempt());
      rate(g, "damage", r.damage());
      g.writeEnd().writeStartObject("transitWorkingDays");
      integer(g, "p50", r.transitP50());
      integer(g, "p95", r.transitP95());
      g.writeEnd().writeStartObject("complaintsPerThousand");
      for (ComplaintCategory c : ComplaintCategory.values()) {
        g.write(c.name(), round(r.complaintsPerThousand().getOrDefault(c, 0.0), 2));
      }
      g.writeEnd().writeStartArray("incidents");
      r.incidents().forEach(i -> incident(g, i));
      g.writeEnd().writeEnd();
    }
    return out.toString();
  }

  private static void incident(JsonGenerator g, IncidentSnapshot i) {
    g.writeStartObject()
        .write("trackingNumber", i.trackingNumber())
        .write("category", i.category().name());
    text(g, "carrierStatusCode", i.carrierStatusCode());
    strings(g, "signals", i.signals());
    strings(g, "eventCodes", i.eventCodes());
    strings(g, "evidence", i.evidence().stream().map(TextDigest::toString).toList());
    text(g, "postcodePrefix", i.postcodePrefix() == null ? null : i.postcodePrefix().value());
    g.write("state", i.state().name());
    text(g, "disputeReason", i.disputeReason());
    g.writeEnd();
  }

  private static void rate(JsonGenerator g, String name, Rate rate) {
    if (rate == null || !rate.defined()) {
      g.writeNull(name);
    } else {
      g.write(name, round(rate.value(), 4));
    }
  }

  private static void integer(JsonGenerator g, String name, Integer value) {
    if (value == null) {
      g.writeNull(name);
    } else {
      g.write(name, value);
    }
  }

  private static void text(JsonGenerator g, String name, String value) {
    if (value == null) {
      g.writeNull(name);
    } else {
      g.write(name, value);
    }
  }

  private static void strings(JsonGenerator g, String name, List<String> values) {
    g.writeStartArray(name);
    values.forEach(g::write);
    g.writeEnd();
  }

  private static BigDecimal round(double value, int decimals) {
    BigDecimal rounded =
        BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros();
    return rounded.scale() < 0 ? rounded.setScale(0) : rounded;
  }
}
