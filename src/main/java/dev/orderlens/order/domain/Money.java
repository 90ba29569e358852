package dev.orderlens.order.domain;

import java.math.BigDecimal;
import java.util.Objects;

/** An amount in an ISO 4217 currency; amounts of different currencies are never added. */
public record Money(BigDecimal amount, String currency) {
  public Money {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(currency, "currency");
    currency = currency.toUpperCase(java.util.Locale.ROOT);
  }

  public static Money of(String amount, String currency) {
    return new Money(new BigDecimal(amount), currency);
  }

  public Money times(int quantity) {
    return new Money(amount.multiply(BigDecimal.valueOf(quantity)), currency);
  }

  @Override
  public String toString() {
    return amount.toPlainString() + " " + currency;
  }
}
