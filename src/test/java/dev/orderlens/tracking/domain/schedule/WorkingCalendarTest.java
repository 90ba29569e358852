package dev.orderlens.tracking.domain.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkingCalendarTest {

  private static final LocalDate CHRISTMAS = LocalDate.of(2026, 12, 25); // Friday
  private static final LocalDate SANTO_STEFANO = LocalDate.of(2026, 12, 26); // Saturday
  private static final WorkingCalendar ITALY =
      WorkingCalendar.of("IT", List.of(LocalDate.of(2026, 12, 8), CHRISTMAS, SANTO_STEFANO));

  @Test
  void weekendsAndHolidaysAreNotWorkingDays() {
    assertFalse(ITALY.isWorkingDay(LocalDate.of(2026, 11, 28)));
    assertFalse(ITALY.isWorkingDay(CHRISTMAS));
    assertTrue(ITALY.isWorkingDay(LocalDate.of(2026, 11, 27)));
  }

  @Test
  void fridayToMondayIsOneWorkingDay() {
    assertEquals(
        1, ITALY.workingDaysBetween(LocalDate.of(2026, 11, 27), LocalDate.of(2026, 11, 30)));
  }

  @Test
  void holidaysAreSkippedWhenCounting() {
    assertEquals(
        1, ITALY.workingDaysBetween(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 28)));
  }

  @Test
  void countingBackwardsIsNegativeAndSameDayIsZero() {
    LocalDate monday = LocalDate.of(2026, 11, 30);
    assertEquals(-1, ITALY.workingDaysBetween(monday, LocalDate.of(2026, 11, 27)));
    assertEquals(0, ITALY.workingDaysBetween(monday, monday));
  }

  @Test
  void addingWorkingDaysSkipsWeekendAndHolidays() {
    assertEquals(LocalDate.of(2026, 12, 28), ITALY.plusWorkingDays(LocalDate.of(2026, 12, 24), 1));
    assertEquals(LocalDate.of(2026, 11, 30), ITALY.plusWorkingDays(LocalDate.of(2026, 11, 28), 0));
  }

  @Test
  void aCountryWithAFridaySaturdayWeekendIsJustData() {
    WorkingCalendar gulf =
        new WorkingCalendar("AE", Set.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY), Set.of());

    assertTrue(gulf.isWorkingDay(LocalDate.of(2026, 11, 29)));
    assertFalse(gulf.isWorkingDay(LocalDate.of(2026, 11, 27)));
  }
}
