package dev.orderlens.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Delivers one due outbox row per transaction. The row is claimed with {@code SELECT … FOR UPDATE
 * SKIP LOCKED}, so concurrent workers, in this instance or another, each get a different row; the
 * outcome (delivered, retry at, dead) is written before the lock is released.
 */
@ApplicationScoped
public class OutboxWorker {
  private static final Logger LOG = Logger.getLogger(OutboxWorker.class.getName());

  @PersistenceContext(unitName = "orderlens")
  EntityManager em;

  @Inject Clock clock;
  @Inject Instance<OutboxHandler> handlers;

  @Inject
  @ConfigProperty(name = "outbox.max-attempts", defaultValue = "8")
  int maxAttempts;

  Backoff backoff = Backoff.DEFAULT;

  /**
   * @return true when a row was handled (so there may be more), false when none was due
   */
  @Transactional
  public boolean deliverNext() {
    LocalDateTime now = utc(clock.instant());
    List<?> ids =
        em.createNativeQuery(
                "SELECT id FROM outbox WHERE status = 'PENDING' AND next_attempt_at <= ?"
                    + " ORDER BY next_attempt_at, id LIMIT 1 FOR UPDATE SKIP LOCKED")
            .setParameter(1, now)
            .getResultList();
    if (ids.isEmpty()) {
      return false;
    }
    long id = ((Number) ids.get(0)).longValue();
    Object[] row =
        (Object[])
            em.createNativeQuery(
                    "SELECT kind, target, dedup_key, payload, attempts FROM outbox WHERE id = ?")
                .setParameter(1, id)
                .getSingleResult();
    OutboxEntry entry =
        new OutboxEntry(
            id,
            (String) row[0],
            (String) row[1],
            (String) row[2],
            (String) row[3],
            ((Number) row[4]).intValue());
    deliver(entry);
    return true;
  }

  private void deliver(OutboxEntry entry) {
    int attempts = entry.attempts() + 1;
    try {
      handler(entry.kind()).deliver(entry);
      update(entry.id(), "DELIVERED", attempts, null, null, clock.instant());
    } catch (DeliveryException e) {
      boolean dead = !e.isRetryable() || attempts >= maxAttempts;
      Duration delay = backoff.delayAfter(attempts, e.retryAfter(), ThreadLocalRandom.current());
      update(
          entry.id(),
          dead ? "DEAD" : "PENDING",
          attempts,
          clock.instant().plus(delay),
          e.getMessage(),
          null);
      LOG.info(
          () ->
              "Outbox "
                  + entry.kind()
                  + " #"
                  + entry.id()
                  + " attempt "
                  + attempts
                  + (dead
                      ? " failed for good: "
                      : " failed, retry in " + delay.toSeconds() + " s: ")
                  + e.getMessage());
    } catch (RuntimeException e) {
      // A bug in a handler must not block the queue: treat it as retryable, keep the reason short.
      Duration delay = backoff.delayAfter(attempts, ThreadLocalRandom.current());
      boolean dead = attempts >= maxAttempts;
      update(
          entry.id(),
          dead ? "DEAD" : "PENDING",
          attempts,
          clock.instant().plus(delay),
          e.getClass().getSimpleName(),
          null);
      LOG.warning(() -> "Outbox #" + entry.id() + " handler failed: " + e.getClass().getName());
    }
  }

  private OutboxHandler handler(String kind) {
    return handlers.stream()
        .filter(h -> h.kind().equals(kind))
        .findFirst()
        .orElseThrow(() -> DeliveryException.permanent("No handler for kind " + kind));
  }

  private void update(
      long id,
      String status,
      int attempts,
      Instant nextAttempt,
      String error,
      Instant deliveredAt) {
    em.createNativeQuery(
            "UPDATE outbox SET status = ?, attempts = ?,"
                + " next_attempt_at = COALESCE(?, next_attempt_at), last_error = ?,"
                + " delivered_at = ? WHERE id = ?")
        .setParameter(1, status)
        .setParameter(2, attempts)
        .setParameter(3, nextAttempt == null ? null : utc(nextAttempt))
        .setParameter(4, error == null ? null : error.substring(0, Math.min(500, error.length())))
        .setParameter(5, deliveredAt == null ? null : utc(deliveredAt))
        .setParameter(6, id)
        .executeUpdate();
  }

  private static LocalDateTime utc(Instant instant) {
    return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }
}
