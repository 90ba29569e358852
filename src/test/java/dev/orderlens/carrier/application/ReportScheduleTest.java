package dev.orderlens.carrier.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.orderlens.carrier.domain.scorecard.Period;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReportScheduleTest {

  @Test
  void weeklyPeriodIsThePreviousMondayToSunday() {
    Period p = ReportSchedule.lastCompletePeriod(LocalDate.of(2026, 11, 25), 7); // a Wednesday

    assertEquals(new Period(LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 22)), p);
  }

  @Test
  void onAMondayTheWeekJustEndedIsDue() {
    Period p = ReportSchedule.lastCompletePeriod(LocalDate.of(2026, 11, 23), 7);

    assertEquals(new Period(LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 22)), p);
  }

  @Test
  void everyDayOfAPeriodAsksForTheSamePreviousPeriodSoItIsSentOnce() {
    Period first = ReportSchedule.lastCompletePeriod(LocalDate.of(2026, 11, 2), 14);
    for (int d = 0; d < 14; d++) {
      Period p = ReportSchedule.lastCompletePeriod(first.to().plusDays(1 + d), 14);
      assertEquals(first, p);
    }
  }
}
