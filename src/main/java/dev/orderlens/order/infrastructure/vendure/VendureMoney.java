package dev.orderlens.order.infrastructure.vendure;

import static dev.orderlens.platform.JsonFields.object;
import static dev.orderlens.platform.JsonFields.text;

import dev.orderlens.order.domain.Money;
import jakarta.json.JsonObject;
import java.math.BigDecimal;

/**
 * Vendure keeps money as integers in minor units with the server's {@code moneyStrategyPrecision}
 * decimals: 2 unless the shop configured another MoneyStrategy, for every currency (so 161178 USD
 * is 1611.78 USD, and 1500 JPY is 15 JPY on a shop that kept the default).
 */
final class VendureMoney {
  static final int DEFAULT_PRECISION = 2;

  private VendureMoney() {}

  /** The precision the query asked for with {@code globalSettings { serverConfig { … } } }. */
  static int precision(JsonObject data) {
    String value =
        text(object(object(data, "globalSettings"), "serverConfig"), "moneyStrategyPrecision");
    return value == null ? DEFAULT_PRECISION : Integer.parseInt(value);
  }

  static Money of(String minorUnits, String currency, int precision) {
    return minorUnits == null || currency == null
        ? null
        : new Money(new BigDecimal(minorUnits).movePointLeft(precision), currency);
  }
}
