package dev.orderlens.carrier.domain.scorecard;

import java.time.LocalDate;
import java.util.Objects;

/** A reporting period, both ends inclusive, in the shop's calendar. */
public record Period(LocalDate from, LocalDate to) {

  public Period {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("A period ends on or after it starts");
    }
  }

  public boolean contains(LocalDate date) {
    return date != null && !date.isBefore(from) && !date.isAfter(to);
  }
}
