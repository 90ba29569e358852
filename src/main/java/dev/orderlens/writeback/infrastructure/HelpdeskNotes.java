package dev.orderlens.writeback.infrastructure;

import dev.orderlens.platform.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Orderlens' note on each helpdesk ticket: its id there and the last update delivered. */
@ApplicationScoped
public class HelpdeskNotes {

  /** What was last written to a ticket. */
  public record LastWrite(String noteId, String fingerprint) {}

  @PersistenceContext(unitName = "orderlens")
  EntityManager em;

  @Inject Clock clock;

  /** A plain read: only one write-back per ticket is in flight (the queue keeps one per ticket). */
  public Optional<LastWrite> last(String helpdesk, String ticketId) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT note_id, update_hash FROM helpdesk_note WHERE helpdesk = ? AND ticket_id = ?")
            .setParameter(1, helpdesk)
            .setParameter(2, ticketId)
            .getResultList();
    return rows.stream()
        .map(Object[].class::cast)
        .map(r -> new LastWrite((String) r[0], (String) r[1]))
        .findFirst();
  }

  /** Records what the ticket now carries, in a short transaction of its own. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void remember(String helpdesk, String ticketId, LastWrite write) {
    em.createNativeQuery(
            "INSERT INTO helpdesk_note (helpdesk, ticket_id, note_id, update_hash, updated_at)"
                + " VALUES (?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE"
                + " note_id = COALESCE(VALUES(note_id), note_id),"
                + " update_hash = VALUES(update_hash), updated_at = VALUES(updated_at)")
        .setParameter(1, helpdesk)
        .setParameter(2, ticketId)
        .setParameter(3, write.noteId())
        .setParameter(4, write.fingerprint())
        .setParameter(5, SqlValues.utc(clock.instant()))
        .executeUpdate();
  }
}
