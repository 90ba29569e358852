package dev.orderlens.carrier.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.orderlens.carrier.domain.complaint.ComplaintStore;
import dev.orderlens.carrier.domain.scorecard.Period;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComplaintRecorderTest {

  private final List<String> calls = new ArrayList<>();

  private ComplaintRecorder recorder() {
    ComplaintRecorder r = new ComplaintRecorder();
    r.clock = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);
    r.scoring =
        new ScoringService() {
          @Override
          public long refresh(String carrier, LocalDate from, LocalDate to) {
            calls.add("refresh " + carrier + " " + from + ".." + to);
            return 1;
          }
        };
    r.reports =
        new FeedbackReports() {
          @Override
          public boolean publishIncident(String carrier, long incidentId, Period period) {
            calls.add(
                "report " + carrier + " #" + incidentId + " " + period.from() + ".." + period.to());
            return true;
          }
        };
    return r;
  }

  @Test
  void confirmedFalseAttemptIsReportedAtOnceAfterItsDayIsRescored() {
    var stored = new ComplaintStore.Stored(1, 7L, "DHL", LocalDate.of(2026, 11, 20));

    recorder().followUp(new ComplaintRecorder.Recorded(stored, true));

    assertEquals(
        List.of("refresh DHL 2026-11-20..2026-11-20", "report DHL #7 2026-11-19..2026-11-25"),
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
