package dev.orderlens.carrier.domain.report;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where incidents are kept; they come back as domain {@link Incident}s, so every state change goes
 * through the incident's own transition rules.
 */
public interface IncidentStore {

  /** An incident with its storage id and carrier. */
  record Stored(long id, String carrier, Incident incident) {}

  /** The incident, locked until the caller's transaction ends. */
  Optional<Stored> findForUpdate(long id);

  void save(Stored stored);

  /** A carrier's incidents, newest first, in one state or (null) any. */
  List<Stored> list(String carrier, IncidentState state, int limit);

  List<Stored> openedBetween(String carrier, Instant from, Instant to);

  Map<IncidentState, Long> countsByState(String carrier);
}
