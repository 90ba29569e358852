package dev.orderlens.enrichment.application;

import dev.orderlens.enrichment.domain.Enrichment;
import dev.orderlens.privacy.domain.DisclosureFlag;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * What Orderlens learned from the tickets, at {@code /metrics}: each enrichment by language and
 * main intent, by the writer's role and whether an order was shown, and each courier complaint
 * read, by category. Counts only: never a ticket, a name or the text. Without a registry (built
 * outside the server) it records nothing.
 */
@ApplicationScoped
public class EnrichmentMetrics {

  @Inject MetricRegistry registry;

  void record(Enrichment e) {
    if (registry == null) {
      return;
    }
    String intent = e.intents().isEmpty() ? "NONE" : e.intents().get(0).name();
    count(
        "orderlens_understood",
        "Enriched tickets by language and main intent",
        new Tag("language", e.language() == null ? "unknown" : e.language()),
        new Tag("intent", intent));
    count(
        "orderlens_enrichments",
        "Enriched tickets by the writer's role and whether an order was shown",
        new Tag("contact", e.contactRole() == null ? "NONE" : e.contactRole().name()),
        new Tag("orders", e.orders().isEmpty() ? "none" : "found"));
    if (e.courierComplaint() != null) {
      count(
          "orderlens_courier_complaints_read",
          "Courier complaints read from tickets, by category",
          new Tag("category", e.courierComplaint().category().name()));
    }
    for (String flag : e.flags()) {
      if (PRIVACY_FLAGS.contains(flag)) {
        count(
            "orderlens_privacy_interventions",
            "Tickets where privacy rules held something back or warned the agent, by flag",
            new Tag("flag", flag.toLowerCase(Locale.ROOT)));
      }
    }
  }

  /** The disclosure policy's flags: a gift warning, a recipient told less, a writer to verify. */
  private static final java.util.Set<String> PRIVACY_FLAGS =
      java.util.Arrays.stream(DisclosureFlag.values())
          .map(Enum::name)
          .collect(java.util.stream.Collectors.toUnmodifiableSet());

  private void count(String name, String description, Tag... tags) {
    registry
        .counter(Metadata.builder().withName(name).withDescription(description).build(), tags)
        .inc();
  }
}
