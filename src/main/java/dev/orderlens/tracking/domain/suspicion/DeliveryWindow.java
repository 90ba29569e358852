package dev.orderlens.tracking.domain.suspicion;

import java.time.LocalTime;
import java.util.Objects;

/** The hours the carrier delivers to this address (or promised to), in the destination's time. */
public record DeliveryWindow(LocalTime from, LocalTime to) {

  public DeliveryWindow {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (!to.isAfter(from)) {
      throw new IllegalArgumentException("window must end after it starts: " + from + "-" + to);
    }
  }

  public boolean contains(LocalTime time) {
    return !time.isBefore(from) && !time.isAfter(to);
  }

  @Override
  public String toString() {
    return from + "–" + to;
  }
}
