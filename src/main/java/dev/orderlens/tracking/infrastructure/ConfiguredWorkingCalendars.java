package dev.orderlens.tracking.infrastructure;

import dev.orderlens.platform.ConfigMaps;
import dev.orderlens.tracking.domain.schedule.WorkingCalendar;
import dev.orderlens.tracking.domain.schedule.WorkingCalendars;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.config.Config;

/**
 * Working calendars from configuration: {@code tracking.holidays.<CC>=2026-12-25,2026-12-26,...}
 * lists a country's public holidays; weekends are always off. Delays and ETAs count working days.
 */
@ApplicationScoped
public class ConfiguredWorkingCalendars implements WorkingCalendars {

  @Inject Config config;

  private Map<String, List<LocalDate>> holidays;

  @PostConstruct
  void load() {
    holidays =
        ConfigMaps.under(
            config,
            "tracking.holidays.",
            value ->
                Arrays.stream(value.split(","))
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .map(LocalDate::parse)
                    .toList());
  }

  @Override
  public WorkingCalendar forCountry(String country) {
    String code = country == null ? "ZZ" : country.toUpperCase(Locale.ROOT);
    return WorkingCalendar.of(code, holidays.getOrDefault(code, List.of()));
  }
}
