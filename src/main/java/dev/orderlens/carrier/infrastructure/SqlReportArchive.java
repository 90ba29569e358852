package dev.orderlens.carrier.infrastructure;

import dev.orderlens.carrier.domain.report.FeedbackReport;
import dev.orderlens.carrier.domain.report.ReportArchive;
import dev.orderlens.platform.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * Every report produced, kept as the exact JSON body sent, so the pull API shows a carrier what was
 * pushed to it byte for byte. The report key is unique: a report is stored once, however many
 * instances produce it.
 */
@ApplicationScoped
public class SqlReportArchive implements ReportArchive {

  @PersistenceContext(unitName = "orderlens")
  EntityManager em;

  /**
   * @return false when a report with this key already exists
   */
  @Override
  @Transactional(Transactional.TxType.MANDATORY)
  public boolean store(String key, FeedbackReport report, String body) {
    return em.createNativeQuery(
                "INSERT IGNORE INTO carrier_report (carrier, report_key, period_from, period_to,"
                    + " body, created_at) VALUES (?, ?, ?, ?, ?, ?)")
            .setParameter(1, report.carrier())
            .setParameter(2, key)
            .setParameter(3, report.period().from())
            .setParameter(4, report.period().to())
            .setParameter(5, body)
            .setParameter(6, SqlValues.utc(report.generatedAt()))
            .executeUpdate()
        == 1;
  }

  /** A carrier's reports, newest first (every carrier's for null). */
  @Override
  public List<Stored> list(String carrier, int limit) {
    return query(
        " WHERE (?1 IS NULL OR carrier = ?1) ORDER BY created_at DESC, id DESC LIMIT "
            + Math.max(1, Math.min(limit, 500)),
        carrier);
  }

  @Override
  public Optional<Stored> find(long id) {
    return query(" WHERE id = ?1", id).stream().findFirst();
  }

  private List<Stored> query(String where, Object param) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT id, carrier, report_key, period_from, period_to, created_at, body"
                    + " FROM carrier_report"
                    + where)
            .setParameter(1, param)
            .getResultList();
    return rows.stream()
        .map(Object[].class::cast)
        .map(
            r ->
                new Stored(
                    SqlValues.number(r[0]),
                    (String) r[1],
                    (String) r[2],
                    SqlValues.date(r[3]),
                    SqlValues.date(r[4]),
                    SqlValues.instant(r[5]),
                    (String) r[6]))
        .toList();
  }
}
