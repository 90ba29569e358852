package dev.orderlens.overview.infrastructure;

import dev.orderlens.overview.domain.OverviewQueries;
import dev.orderlens.platform.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The overview's figures from {@code ticket_event} and {@code outbox}, in a few grouped queries.
 */
@ApplicationScoped
public class SqlOverviewQueries implements OverviewQueries {

  @PersistenceContext(unitName = "orderlens")
  EntityManager em;

  @Override
  public List<HelpdeskActivity> helpdesks(Instant failuresSince) {
    Map<String, Instant[]> times = new TreeMap<>();
    Map<String, Long> retrying = new TreeMap<>();
    Map<String, Long> failed = new TreeMap<>();
    for (Object[] r : rows("SELECT source, MAX(received_at) FROM ticket_event GROUP BY source")) {
      times.computeIfAbsent((String) r[0], k -> new Instant[2])[0] = SqlValues.instant(r[1]);
    }
    for (Object[] r :
        rows(
            "SELECT target, MAX(delivered_at), SUM(status IN ('PENDING', 'CLAIMED') AND attempts"
                + " > 0), SUM(last_failed_at >= ?1) FROM outbox"
                + " WHERE kind = 'helpdesk-writeback' GROUP BY target",
            SqlValues.utc(failuresSince))) {
      times.computeIfAbsent((String) r[0], k -> new Instant[2])[1] = SqlValues.instant(r[1]);
      retrying.put((String) r[0], SqlValues.number(r[2]));
      failed.put((String) r[0], SqlValues.number(r[3]));
    }
    List<HelpdeskActivity> out = new ArrayList<>();
    times.forEach(
        (helpdesk, t) ->
            out.add(
                new HelpdeskActivity(
                    helpdesk,
                    t[0],
                    t[1],
                    retrying.getOrDefault(helpdesk, 0L),
                    failed.getOrDefault(helpdesk, 0L))));
    return out;
  }

  @Override
  public List<HourlyEvents> eventsPerHour(Instant since) {
    List<HourlyEvents> out = new ArrayList<>();
    for (Object[] r :
        rows(
            "SELECT DATE_FORMAT(received_at, '%Y-%m-%d %H:00:00'), source, status, COUNT(*)"
                + " FROM ticket_event WHERE received_at >= ?1 GROUP BY 1, 2, 3 ORDER BY 1, 2, 3",
            SqlValues.utc(since))) {
      out.add(
          new HourlyEvents(
              java.time.LocalDateTime.parse(((String) r[0]).replace(' ', 'T'))
                  .toInstant(java.time.ZoneOffset.UTC),
              (String) r[1],
              (String) r[2],
              SqlValues.number(r[3])));
    }
    return out;
  }

  @Override
  public List<Understood> understood(Instant since) {
    List<Understood> out = new ArrayList<>();
    for (Object[] r :
        rows(
            "SELECT DATE(received_at), COALESCE(JSON_VALUE(enrichment, '$.language'), '?'),"
                + " COALESCE(JSON_VALUE(enrichment, '$.intents[0]'), 'NONE'), COUNT(*)"
                + " FROM ticket_event WHERE status = 'ENRICHED' AND received_at >= ?1"
                + " GROUP BY 1, 2, 3 ORDER BY 1, 4 DESC",
            SqlValues.utc(since))) {
      out.add(
          new Understood(
              SqlValues.date(r[0]), (String) r[1], (String) r[2], SqlValues.number(r[3])));
    }
    return out;
  }

  @Override
  public List<Shown> shown(Instant since) {
    List<Shown> out = new ArrayList<>();
    for (Object[] r :
        rows(
            "SELECT COALESCE(JSON_VALUE(enrichment, '$.contactRole'), 'NONE'),"
                + " COALESCE(JSON_LENGTH(enrichment, '$.orders'), 0) > 0, COUNT(*)"
                + " FROM ticket_event WHERE status = 'ENRICHED' AND received_at >= ?1"
                + " GROUP BY 1, 2 ORDER BY 1, 2",
            SqlValues.utc(since))) {
      out.add(new Shown((String) r[0], SqlValues.bool(r[1]), SqlValues.number(r[2])));
    }
    return out;
  }

  @Override
  public Map<String, Long> privacyFlags(Instant since, List<String> flags) {
    Map<String, Long> out = new LinkedHashMap<>();
    if (flags.isEmpty()) {
      return out;
    }
    StringBuilder sql = new StringBuilder("SELECT ");
    for (int i = 0; i < flags.size(); i++) {
      sql.append(i == 0 ? "" : ", ")
          .append("COALESCE(SUM(JSON_CONTAINS(JSON_EXTRACT(enrichment, '$.flags'), ?")
          .append(i + 2)
          .append(")), 0)");
    }
    sql.append(" FROM ticket_event WHERE status = 'ENRICHED' AND received_at >= ?1");
    var query = em.createNativeQuery(sql.toString()).setParameter(1, SqlValues.utc(since));
    for (int i = 0; i < flags.size(); i++) {
      query.setParameter(i + 2, "\"" + flags.get(i) + "\"");
    }
    Object result = query.getSingleResult();
    Object[] counts = result instanceof Object[] a ? a : new Object[] {result};
    for (int i = 0; i < flags.size(); i++) {
      out.put(flags.get(i), SqlValues.number(counts[i]));
    }
    return out;
  }

  private List<Object[]> rows(String sql, Object... params) {
    var query = em.createNativeQuery(sql);
    for (int i = 0; i < params.length; i++) {
      query.setParameter(i + 1, params[i]);
    }
    List<?> rows = query.getResultList();
    List<Object[]> out = new ArrayList<>();
    for (Object row : rows) {
      out.add(row instanceof Object[] a ? a : new Object[] {row});
    }
    return out;
  }
}
