package dev.orderlens.platform.outbox;

import static dev.orderlens.platform.SqlValues.utc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The work queue's bookkeeping, each step its own short transaction: claim a few due items (row
 * locks taken with {@code SKIP LOCKED} and released at once, so instances and workers never share
 * an item), record each one's outcome against the claim, give back what a run did not reach, and
 * free items whose lease ran out. No transaction is open while a handler does its remote work.
 */
@ApplicationScoped
public class WorkQueue {

  @PersistenceContext(unitName = "orderlens")
  EntityManager em;

  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "outbox.max-attempts", defaultValue = "8")
  int maxAttempts;

  @Inject
  @ConfigProperty(name = "queue.lease-seconds", defaultValue = "120")
  long leaseSeconds;

  RetryPolicy policy() {
    return new RetryPolicy(maxAttempts, Backoff.DEFAULT);
  }

  /**
   * Claims up to {@code max} due items of a kind in one short transaction, counting an attempt for
   * each; an item whose attempts are used up (its earlier claims ran out without an outcome) is
   * parked as a dead letter instead. The items share one claim token and one lease.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<OutboxEntry> claim(String kind, int max) {
    Instant now = clock.instant();
    while (true) {
      List<?> due =
          em.createNativeQuery(
                  "SELECT id, attempts, kind, target, dedup_key, payload, version FROM outbox"
                      + " WHERE kind = ? AND status = 'PENDING' AND next_attempt_at <= ?"
                      + " ORDER BY next_attempt_at, id LIMIT ? FOR UPDATE SKIP LOCKED")
              .setParameter(1, kind)
              .setParameter(2, utc(now))
              .setParameter(3, Math.max(1, max))
              .getResultList();
      if (due.isEmpty()) {
        return List.of();
      }
      String token = UUID.randomUUID().toString();
      List<OutboxEntry> claimed = new ArrayList<>(due.size());
      for (Object item : due) {
        Object[] row = (Object[]) item;
        long id = ((Number) row[0]).longValue();
        int attempts = ((Number) row[1]).intValue();
        if (!policy().mayClaimAgain(attempts)) {
          park(id, "attempts used up without an outcome (lease ran out each time)");
          continue;
        }
        claimed.add(
            new OutboxEntry(
                id,
                (String) row[2],
                (String) row[3],
                (String) row[4],
                (String) row[5],
                attempts + 1,
                ((Number) row[6]).intValue(),
                token));
      }
      if (claimed.isEmpty()) {
        continue;
      }
      Query claim =
          em.createNativeQuery(
                  "UPDATE outbox SET status = 'CLAIMED', claim_token = ?, claimed_until = ?,"
                      + " attempts = attempts + 1 WHERE id IN ("
                      + placeholders(claimed.size())
                      + ")")
              .setParameter(1, token)
              .setParameter(2, utc(now.plusSeconds(leaseSeconds)));
      for (int i = 0; i < claimed.size(); i++) {
        claim.setParameter(3 + i, claimed.get(i).id());
      }
      claim.executeUpdate();
      return claimed;
    }
  }

  /**
   * Gives claimed items back untried (a run ended before their turn): due again at once, their
   * attempt not counted.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void release(List<OutboxEntry> untried) {
    if (untried.isEmpty()) {
      return;
    }
    Query release =
        em.createNativeQuery(
                "UPDATE outbox SET status = 'PENDING', claim_token = NULL, claimed_until = NULL,"
                    + " attempts = attempts - 1 WHERE claim_token = ? AND status = 'CLAIMED'"
                    + " AND id IN ("
                    + placeholders(untried.size())
                    + ")")
            .setParameter(1, untried.get(0).claimToken());
    for (int i = 0; i < untried.size(); i++) {
      release.setParameter(2 + i, untried.get(i).id());
    }
    release.executeUpdate();
  }

  /** How long a claim holds its items. */
  public Duration lease() {
    return Duration.ofSeconds(leaseSeconds);
  }

  private static String placeholders(int count) {
    return String.join(", ", Collections.nCopies(count, "?"));
  }

  /**
   * The item's work is done. When its payload changed meanwhile (a newer write-back for the same
   * ticket), it stays queued for the new payload, with a fresh attempt count.
   *
   * @return false when the claim had run out and another worker owns the item now
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean delivered(OutboxEntry entry) {
    LocalDateTime now = utc(clock.instant());
    return em.createNativeQuery(
                "UPDATE outbox SET"
                    + " attempts = IF(version = ?, attempts, 0),"
                    + " status = IF(version = ?, 'DELIVERED', 'PENDING'),"
                    + " delivered_at = ?, next_attempt_at = ?, last_error = NULL,"
                    + " claim_token = NULL, claimed_until = NULL"
                    + " WHERE id = ? AND claim_token = ?")
            .setParameter(1, entry.version())
            .setParameter(2, entry.version())
            .setParameter(3, now)
            .setParameter(4, now)
            .setParameter(5, entry.id())
            .setParameter(6, entry.claimToken())
            .executeUpdate()
        == 1;
  }

  /**
   * The attempt failed: the item waits for its backoff, or is parked when the failure is permanent
   * or its attempts are used up.
   *
   * @return whether the item was parked as a dead letter
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean failed(OutboxEntry entry, String reason, boolean retryable, Duration retryAfter) {
    Instant now = clock.instant();
    RetryPolicy.Next next =
        policy()
            .afterFailure(
                entry.attempts(), retryable, retryAfter, now, ThreadLocalRandom.current());
    em.createNativeQuery(
            "UPDATE outbox SET"
                + " status = IF(version <> ?, 'PENDING', ?),"
                + " attempts = IF(version <> ?, 0, attempts),"
                + " next_attempt_at = ?, last_error = ?, last_failed_at = ?, claim_token = NULL,"
                + " claimed_until = NULL WHERE id = ? AND claim_token = ?")
        .setParameter(1, entry.version())
        .setParameter(2, next.dead() ? "DEAD" : "PENDING")
        .setParameter(3, entry.version())
        .setParameter(4, utc(next.notBefore()))
        .setParameter(5, shorten(reason))
        .setParameter(6, utc(now))
        .setParameter(7, entry.id())
        .setParameter(8, entry.claimToken())
        .executeUpdate();
    return next.dead();
  }

  /**
   * Frees the items whose claim ran out: their instance stopped, or their outcome could not be
   * recorded. They are due again at once; the attempt they used stays counted.
   *
   * @return how many were freed
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public int releaseExpiredClaims() {
    LocalDateTime now = utc(clock.instant());
    return em.createNativeQuery(
            "UPDATE outbox SET status = 'PENDING', claim_token = NULL, claimed_until = NULL,"
                + " next_attempt_at = ?, last_error = 'claim ran out without an outcome',"
                + " last_failed_at = ? WHERE status = 'CLAIMED' AND claimed_until <= ?")
        .setParameter(1, now)
        .setParameter(2, now)
        .setParameter(3, now)
        .executeUpdate();
  }

  private void park(long id, String reason) {
    em.createNativeQuery(
            "UPDATE outbox SET status = 'DEAD', last_error = ?, claim_token = NULL,"
                + " claimed_until = NULL WHERE id = ?")
        .setParameter(1, reason)
        .setParameter(2, id)
        .executeUpdate();
  }

  private static String shorten(String reason) {
    String r = reason == null ? "failed" : reason;
    return r.substring(0, Math.min(500, r.length()));
  }
}
