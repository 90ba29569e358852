package dev.orderlens.customer.domain;

import java.util.Locale;

/**
 * What the agent may offer beyond what the shop owes: nothing, a free reshipment, or a coupon of
 * {@code percent} off. Written in configuration as {@code NONE}, {@code RESHIP} or {@code COUPON
 * 10}.
 */
public record Goodwill(Kind kind, int percent) {

  public enum Kind {
    NONE,
    RESHIP,
    COUPON
  }

  public static final Goodwill NONE = new Goodwill(Kind.NONE, 0);
  public static final Goodwill RESHIP = new Goodwill(Kind.RESHIP, 0);

  public Goodwill {
    if (kind == Kind.COUPON ? percent < 1 || percent > 100 : percent != 0) {
      throw new IllegalArgumentException("A coupon has 1 to 100 percent, nothing else has any");
    }
  }

  public static Goodwill coupon(int percent) {
    return new Goodwill(Kind.COUPON, percent);
  }

  public static Goodwill parse(String text) {
    String[] parts = text.strip().toUpperCase(Locale.ROOT).split("\\s+");
    Kind kind = Kind.valueOf(parts[0]);
    return kind == Kind.COUPON
        ? coupon(Integer.parseInt(parts[1].replace("%", "")))
        : new Goodwill(kind, 0);
  }

  @Override
  public String toString() {
    return kind == Kind.COUPON ? "COUPON " + percent + "%" : kind.name();
  }
}
