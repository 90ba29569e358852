package dev.orderlens.carrier.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.orderlens.carrier.domain.account.CarrierAccount;
import dev.orderlens.carrier.domain.account.CarrierDirectory;
import dev.orderlens.carrier.domain.complaint.ComplaintStore;
import dev.orderlens.carrier.domain.report.FeedbackReport;
import dev.orderlens.carrier.domain.report.IncidentState;
import dev.orderlens.carrier.domain.report.IncidentStore;
import dev.orderlens.carrier.domain.report.ReportArchive;
import dev.orderlens.carrier.domain.scorecard.Lane;
import dev.orderlens.carrier.domain.scorecard.Period;
import dev.orderlens.carrier.domain.scorecard.ScoreStore;
import dev.orderlens.carrier.domain.scorecard.ScorecardTally;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ComplaintRecorderTest {

  private final List<String> calls = new ArrayList<>();

  private ComplaintRecorder recorder() {
    Clock clock = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);
    ScoringService scoring = new ScoringService();
    scoring.store = new RecordingScores();
    FeedbackReports reports = new FeedbackReports();
    reports.scoring = scoring;
    reports.clock = clock;
    reports.incidents = new NoIncidents();
    reports.archive = new RecordingArchive();
    reports.carriers = new NoCarriers();
    ComplaintRecorder r = new ComplaintRecorder();
    r.clock = clock;
    r.scoring = scoring;
    r.reports = reports;
    return r;
  }

  /** The roll-up: records each rebuild, every tally empty. */
  private final class RecordingScores implements ScoreStore {
    @Override
    public ScorecardTally lane(Lane lane, Period period) {
      return ScorecardTally.of(new long[6], Map.of(), Map.of());
    }

    @Override
    public Map<String, ScorecardTally> carriers(Period period) {
      return Map.of();
    }

    @Override
    public Map<String, Map<LocalDate, ScorecardTally>> weekly(Period period) {
      return Map.of();
    }

    @Override
    public long rebuild(String carrier, LocalDate from, LocalDate to) {
      calls.add("refresh " + carrier + " " + from + ".." + to);
      return 1;
    }

    @Override
    public List<String> shippingCarriers(Period period) {
      return List.of();
    }
  }

  /** The archive: records each report stored under its key, with its period. */
  private final class RecordingArchive implements ReportArchive {
    @Override
    public boolean store(String key, FeedbackReport report, String body) {
      calls.add("report " + key + " " + report.period().from() + ".." + report.period().to());
      return true;
    }

    @Override
    public List<Stored> list(String carrier, int limit) {
      return List.of();
    }

    @Override
    public Optional<Stored> find(long id) {
      return Optional.empty();
    }
  }

  private static final class NoIncidents implements IncidentStore {
    @Override
    public Optional<Stored> findForUpdate(long id) {
      return Optional.empty();
    }

    @Override
    public void save(Stored stored) {}

    @Override
    public List<Stored> list(String carrier, IncidentState state, int limit) {
      return List.of();
    }

    @Override
    public List<Stored> openedBetween(String carrier, Instant from, Instant to) {
      return List.of();
    }

    @Override
    public Map<IncidentState, Long> countsByState(String carrier) {
      return Map.of();
    }
  }

  /** No carrier has a push endpoint: the report is archived for the pull API only. */
  private static final class NoCarriers implements CarrierDirectory {
    @Override
    public String register(CarrierAccount account) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Optional<CarrierAccount> byKey(String key) {
      return Optional.empty();
    }

    @Override
    public Optional<CarrierAccount> byCode(String code) {
      return Optional.empty();
    }

    @Override
    public List<CarrierAccount> all() {
      return List.of();
    }

    @Override
    public Optional<String> secret(CarrierAccount account) {
      return Optional.empty();
    }
  }

  @Test
  void confirmedFalseAttemptIsReportedAtOnceAfterItsDayIsRescored() {
    var stored = new ComplaintStore.Stored(1, 7L, "DHL", LocalDate.of(2026, 11, 20));

    recorder().followUp(new ComplaintRecorder.Recorded(stored, true));

    assertEquals(
        List.of(
            "refresh DHL 2026-11-20..2026-11-20",
            "report report:DHL:incident:7 2026-11-19..2026-11-25"),
        calls);
  }

  @Test
  void otherComplaintsWaitForThePeriodicReport() {
    var stored = new ComplaintStore.Stored(1, 7L, "DHL", LocalDate.of(2026, 11, 20));

    recorder().followUp(new ComplaintRecorder.Recorded(stored, false));

    assertEquals(List.of("refresh DHL 2026-11-20..2026-11-20"), calls);
  }

  @Test
  void aComplaintAlreadyReportedOpensNoSecondImmediateReport() {
    var stored = new ComplaintStore.Stored(1, null, "DHL", null);

    recorder().followUp(new ComplaintRecorder.Recorded(stored, true));

    assertEquals(List.of(), calls);
  }
}
