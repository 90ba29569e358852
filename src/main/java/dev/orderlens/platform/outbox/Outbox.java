package dev.orderlens.platform.outbox;

import dev.orderlens.platform.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HexFormat;

/**
 * Puts work into the queue inside the caller's transaction, so an item exists exactly when the work
 * that produced it committed. Two ways, by what the key means:
 *
 * <ul>
 *   <li>{@link #enqueue} — once per key: a report for a carrier and period, an event's enrichment.
 *       Enqueueing the same key again is a no-op, whatever happened to the first.
 *   <li>{@link #enqueueLatest} — the latest payload per key: a ticket's write-back. A newer payload
 *       replaces a waiting one, revives a delivered one, and, when the previous one is in flight,
 *       waits for it (one write to a ticket at a time, across instances).
 * </ul>
 */
@ApplicationScoped
public class Outbox {

  /** Keys are stored in 191 characters; longer ones are replaced by their SHA-256. */
  static final int MAX_KEY_LENGTH = 191;

  @PersistenceContext(unitName = "orderlens")
  EntityManager em;

  @Inject Clock clock;
  @Inject Event<MessageQueued> queued;

  /** Fired inside the transaction that queued work; observed after it commits. */
  public record MessageQueued(String kind) {}

  /**
   * @return true when the item is new, false when one with this key was already queued
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public boolean enqueue(String kind, String target, String dedupKey, String payload) {
    LocalDateTime now = SqlValues.utc(clock.instant());
    boolean added =
        em.createNativeQuery(
                    "INSERT IGNORE INTO outbox"
                        + " (kind, target, dedup_key, payload, status, attempts, next_attempt_at,"
                        + " created_at) VALUES (?, ?, ?, ?, 'PENDING', 0, ?, ?)")
                .setParameter(1, kind)
                .setParameter(2, target)
                .setParameter(3, key(dedupKey))
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

  /** Queues {@code payload} as the latest work for {@code key} (see the class comment). */
  @Transactional(Transactional.TxType.MANDATORY)
  public void enqueueLatest(String kind, String target, String key, String payload) {
    LocalDateTime now = SqlValues.utc(clock.instant());
    em.createNativeQuery(
            "INSERT INTO outbox (kind, target, dedup_key, payload, status, attempts,"
                + " next_attempt_at, created_at) VALUES (?, ?, ?, ?, 'PENDING', 0, ?, ?)"
                + " ON DUPLICATE KEY UPDATE"
                + " payload = VALUES(payload), version = version + 1,"
                + " status = IF(status = 'CLAIMED', 'CLAIMED', 'PENDING'),"
                + " attempts = IF(status = 'CLAIMED', attempts, 0),"
                + " next_attempt_at = IF(status = 'CLAIMED', next_attempt_at, VALUES(next_attempt_at)),"
                + " last_error = IF(status = 'CLAIMED', last_error, NULL)")
        .setParameter(1, kind)
        .setParameter(2, target)
        .setParameter(3, key(key))
        .setParameter(4, payload)
        .setParameter(5, now)
        .setParameter(6, now)
        .executeUpdate();
    queued.fire(new MessageQueued(kind));
  }

  /** The key as stored: itself when it fits, else a digest that keeps it unique. */
  static String key(String key) {
    if (key.length() <= MAX_KEY_LENGTH) {
      return key;
    }
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return "sha256:" + HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
