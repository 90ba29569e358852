package dev.orderlens.platform.outbox;

import dev.orderlens.platform.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToDoubleFunction;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The work queue at {@code /metrics}: how many items wait per kind, how old the oldest is, how many
 * were parked as dead letters, and every outcome of a delivery by kind and target (the helpdesk,
 * carrier or source). The queue's workers refresh the figures with one grouped query at most every
 * five seconds ({@link #refresh()}); a scrape only reads them, so it costs the database nothing and
 * needs nothing of the application's context.
 */
@ApplicationScoped
public class QueueMetrics {
  private static final Duration REUSE = Duration.ofSeconds(5);

  @Inject MetricRegistry registry;
  @Inject Clock clock;

  @PersistenceContext(unitName = "orderlens")
  EntityManager em;

  private final Map<String, Boolean> registered = new ConcurrentHashMap<>();
  private volatile Snapshot snapshot = new Snapshot(Map.of(), Instant.EPOCH);

  /** Per kind: waiting items, the oldest waiting item's creation, dead letters. */
  public record Row(long waiting, Instant oldest, long dead) {}

  record Snapshot(Map<String, Row> rows, Instant takenAt) {}

  /** Registers the gauges of a kind once, when its workers start. */
  void watch(String kind) {
    if (registered.putIfAbsent(kind, true) != null) {
      return;
    }
    Tag tag = new Tag("kind", kind);
    gauge(
        "orderlens_queue_depth",
        "Items waiting or in flight in the work queue",
        tag,
        r -> r.waiting());
    gauge(
        "orderlens_queue_oldest_age_seconds",
        "Age of the oldest item still waiting in the work queue, 0 when none waits",
        tag,
        r -> r.oldest() == null ? 0 : Duration.between(r.oldest(), clock.instant()).toSeconds());
    gauge(
        "orderlens_queue_dead_letters",
        "Items parked as dead letters (see the admin's dead-letter list)",
        tag,
        r -> r.dead());
  }

  /** Counts one outcome of a delivery: delivered, failed (to be retried) or dead. */
  void outcome(OutboxEntry entry, String outcome) {
    registry
        .counter(
            Metadata.builder()
                .withName("orderlens_queue_deliveries")
                .withDescription("Delivery attempts of queued work by kind, target and outcome")
                .build(),
            new Tag("kind", entry.kind()),
            new Tag("target", entry.target()),
            new Tag("outcome", outcome))
        .inc();
  }

  private void gauge(String name, String description, Tag tag, ToDoubleFunction<Row> read) {
    String kind = tag.getTagValue();
    registry.gauge(
        Metadata.builder().withName(name).withDescription(description).build(),
        this,
        self -> read.applyAsDouble(self.row(kind)),
        tag);
  }

  /**
   * Every kind with workers, as the gauges show it (refreshed by the workers at most every five
   * seconds), in name order.
   */
  public Map<String, Row> byKind() {
    Map<String, Row> out = new java.util.TreeMap<>();
    registered.keySet().forEach(kind -> out.put(kind, row(kind)));
    return out;
  }

  private Row row(String kind) {
    return snapshot.rows().getOrDefault(kind, new Row(0, null, 0));
  }

  /** Whether the figures are older than five seconds. */
  public boolean due() {
    return Duration.between(snapshot.takenAt(), clock.instant()).compareTo(REUSE) > 0;
  }

  /** Reads the figures again. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void refresh() {
    snapshot = new Snapshot(read(), clock.instant());
  }

  private Map<String, Row> read() {
    List<?> rows =
        em.createNativeQuery(
                "SELECT kind, SUM(status IN ('PENDING', 'CLAIMED')),"
                    + " MIN(IF(status IN ('PENDING', 'CLAIMED'), created_at, NULL)),"
                    + " SUM(status = 'DEAD') FROM outbox"
                    + " WHERE status IN ('PENDING', 'CLAIMED', 'DEAD') GROUP BY kind")
            .getResultList();
    Map<String, Row> out = new ConcurrentHashMap<>();
    for (Object o : rows) {
      Object[] r = (Object[]) o;
      out.put(
          (String) r[0],
          new Row(SqlValues.number(r[1]), SqlValues.instant(r[2]), SqlValues.number(r[3])));
    }
    return out;
  }
}
