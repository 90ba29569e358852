package dev.orderlens.order.domain;

import java.util.Objects;

/**
 * A shop's order number as customers write it: "#1001", "1001" and " 1001 " are the same order.
 * Leading '#' and '№' marks and surrounding spaces are not part of the number.
 */
public record OrderNumber(String value) {
  public OrderNumber {
    Objects.requireNonNull(value, "order number");
    value = value.strip().replaceFirst("^[#№]+", "").strip();
    if (value.isEmpty() || value.length() > 64) {
      throw new IllegalArgumentException("An order number has 1 to 64 characters");
    }
  }

  public static OrderNumber of(String value) {
    return new OrderNumber(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
