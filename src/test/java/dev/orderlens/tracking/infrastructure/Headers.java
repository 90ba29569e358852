package dev.orderlens.tracking.infrastructure;

import java.util.function.UnaryOperator;

/** Request headers as a push reader sees them: one header, looked up case-insensitively. */
public final class Headers {

  private Headers() {}

  public static UnaryOperator<String> of(String name, String value) {
    return asked -> name.equalsIgnoreCase(asked) ? value : null;
  }
}
