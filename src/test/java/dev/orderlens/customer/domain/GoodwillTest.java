package dev.orderlens.customer.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class GoodwillTest {

  @Test
  void goodwillIsWrittenAsInConfiguration() {
    assertEquals(Goodwill.coupon(15), Goodwill.parse(" coupon 15% "));
    assertEquals("COUPON 15%", Goodwill.coupon(15).toString());
    assertThrows(IllegalArgumentException.class, () -> Goodwill.coupon(0));
  }

  @Test
  void unknownCellOfTheTableMeansNoGoodwill() {
    assertEquals(
        Goodwill.NONE,
        GoodwillTable.defaults().suggest("PLATINUM", CustomerFaultIssue.WRONG_ADDRESS));
  }
}
