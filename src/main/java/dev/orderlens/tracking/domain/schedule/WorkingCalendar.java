package dev.orderlens.tracking.domain.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The working days of one country: a weekend and a list of public holidays, both passed in (no
 * I/O), so every country's calendar (and a shop's own closing days) is just data.
 *
 * @param country ISO 3166 code, for the record only
 */
public record WorkingCalendar(String country, Set<DayOfWeek> weekend, Set<LocalDate> holidays) {

  public WorkingCalendar {
    weekend = weekend == null || weekend.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(weekend));
    holidays = holidays == null ? Set.of() : Set.copyOf(holidays);
  }

  /** Saturday and Sunday off, plus the given holidays. */
  public static WorkingCalendar of(String country, Collection<LocalDate> holidays) {
    return new WorkingCalendar(
        country, EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), Set.copyOf(holidays));
  }

  public boolean isWorkingDay(LocalDate date) {
    return !weekend.contains(date.getDayOfWeek()) && !holidays.contains(date);
  }

  /**
   * Working days after {@code from} up to and including {@code to}; negative when {@code to} is
   * earlier. Friday → next Monday is 1.
   */
  public int workingDaysBetween(LocalDate from, LocalDate to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      return -workingDaysBetween(to, from);
    }
    int days = 0;
    for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
      days += isWorkingDay(d) ? 1 : 0;
    }
    return days;
  }

  /**
   * The date {@code days} working days after {@code date} (0: the date itself or the next working
   * day).
   */
  public LocalDate plusWorkingDays(LocalDate date, int days) {
    LocalDate d = date;
    while (!isWorkingDay(d)) {
      d = d.plusDays(1);
    }
    for (int left = days; left > 0; ) {
      d = d.plusDays(1);
      if (isWorkingDay(d)) {
        left--;
      }
    }
    return d;
  }
}
