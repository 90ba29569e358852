package dev.orderlens.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Puts messages into the outbox inside the caller's transaction, so a message exists exactly when
 * the work that produced it committed. The dedup key makes enqueueing the same message twice a
 * no-op.
 */
@ApplicationScoped
public class Outbox {

  @PersistenceContext(unitName = "orderlens")
  EntityManager em;

  @Inject Clock clock;
  @Inject Event<MessageQueued> queued;

  /** Fired inside the transaction that queued a message; observed after it commits. */
  public record MessageQueued(String kind) {}

  /**
   * @return true when the message is new, false when one with this dedup key was already queued
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public boolean enqueue(String kind, String target, String dedupKey, String payload) {
    LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    boolean added =
        em.createNativeQuery(
                    "INSERT IGNORE INTO outbox"
                        + " (kind, target, dedup_key, payload, status, attempts, next_attempt_at,"
                        + " created_at) VALUES (?, ?, ?, ?, 'PENDING', 0, ?, ?)")
                .setParameter(1, kind)
                .setParameter(2, target)
                .setParameter(3, dedupKey)
                .setParameter(4, payload)
                .setParameter(5, now)
                .setParameter(6, now)
                .executeUpdate()
            == 1;
    if (added) {
      queued.fire(new MessageQueued(kind));
    }
    return added;
  }
}
