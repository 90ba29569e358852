package dev.orderlens.tracking.domain.schedule;

/** Port to the working calendar of each destination country (weekends and public holidays). */
@FunctionalInterface
public interface WorkingCalendars {

  /** Weekends only, for when no holidays are configured. */
  WorkingCalendars WEEKENDS_ONLY = country -> WorkingCalendar.of(country, java.util.List.of());

  /**
   * @param country ISO 3166-1 alpha-2, or null when unknown
   */
  WorkingCalendar forCountry(String country);
}
