package dev.orderlens.platform.outbox;

import dev.orderlens.platform.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

/** The messages the outbox gave up on, for an admin to inspect and replay. */
@ApplicationScoped
public class DeadLetters {

  /** A parked message; the payload is not listed (it may hold personal data). */
  public record DeadLetter(
      long id,
      String kind,
      String target,
      String dedupKey,
      int attempts,
      String lastError,
      LocalDateTime createdAt) {}

  @PersistenceContext(unitName = "orderlens")
  EntityManager em;

  @Inject Clock clock;

  public List<DeadLetter> list(int limit) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT id, kind, target, dedup_key, attempts, last_error, created_at FROM outbox"
                    + " WHERE status = 'DEAD' ORDER BY id DESC LIMIT ?")
            .setParameter(1, limit)
            .getResultList();
    return rows.stream()
        .map(Object[].class::cast)
        .map(
            r ->
                new DeadLetter(
                    ((Number) r[0]).longValue(),
                    (String) r[1],
                    (String) r[2],
                    (String) r[3],
                    ((Number) r[4]).intValue(),
                    (String) r[5],
                    toLocal(r[6])))
        .toList();
  }

  /**
   * Puts a dead letter back in the queue with a fresh attempt count.
   *
   * @return false when there is no dead letter with this id
   */
  @Transactional
  public boolean replay(long id) {
    return em.createNativeQuery(
                "UPDATE outbox SET status = 'PENDING', attempts = 0, next_attempt_at = ?"
                    + " WHERE id = ? AND status = 'DEAD'")
            .setParameter(1, SqlValues.utc(clock.instant()))
            .setParameter(2, id)
            .executeUpdate()
        == 1;
  }

  private static LocalDateTime toLocal(Object value) {
    if (value instanceof java.sql.Timestamp t) {
      return t.toLocalDateTime();
    }
    return (LocalDateTime) value;
  }
}
