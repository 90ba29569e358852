package dev.orderlens.customer.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValueTiersTest {

  private final ValueTiers configured =
      ValueTiers.fromConfig(Map.of("BRONZE", "0,0", "SILVER", "200,2", "GOLD", "2000,5"));

  @ParameterizedTest(name = "{0} spent over {1} orders -> {2}")
  @CsvSource({
    "0, 0, BRONZE",
    "199.99, 9, BRONZE",
    "200, 2, SILVER",
    "5000, 4, SILVER",
    "2000, 5, GOLD"
  })
  void customerReachesATierOnlyWithBothSpendAndOrders(String spend, int orders, String tier) {
    assertEquals(tier, configured.tierOf(new BigDecimal(spend), orders));
  }

  @Test
  void tiersAreOrderedLowestFirstWhateverTheConfigOrder() {
    assertEquals("BRONZE", configured.lowest());
    assertEquals("GOLD", configured.highest());
  }

  @Test
  void malformedTierIsRejected() {
    assertThrows(
        IllegalArgumentException.class, () -> ValueTiers.fromConfig(Map.of("VIP", "1000")));
  }
}
