package dev.orderlens.intake.infrastructure;

import dev.orderlens.enrichment.domain.Enrichment;
import dev.orderlens.platform.JsonCodec;

/** Stores an {@link Enrichment} as JSON and reads it back unchanged. */
final class EnrichmentJson {
  private EnrichmentJson() {}

  static String write(Enrichment enrichment) {
    return JsonCodec.write(enrichment);
  }

  static Enrichment read(String json) {
    return JsonCodec.read(json, Enrichment.class);
  }
}
