package dev.orderlens.order.infrastructure.vendure;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class VendureQueriesTest {

  @Test
  void aShopWithoutCustomFieldsIsNotAskedForAny() {
    String queries = VendureQueries.orders(json("{\"data\":{\"order\":null,\"variant\":null}}"));

    assertFalse(queries.contains("customFields"));
    assertTrue(queries.contains("query OrderByCode"));
    assertTrue(queries.contains("query OrdersByEmail"));
  }

  @Test
  void onlyTheOrderlensFieldsTheShopDefinedAreAskedFor() {
    String queries =
        VendureQueries.orders(
            json(
                "{\"data\":{\"order\":{\"fields\":[{\"name\":\"isGift\"},{\"name\":\"loyaltyTier\"}]},"
                    + "\"variant\":{\"fields\":[{\"name\":\"dropShipSupplier\"}]}}}"));

    assertTrue(queries.contains("customFields { isGift }"));
    assertTrue(queries.contains("customFields { dropShipSupplier }"));
    assertFalse(queries.contains("giftMessage"));
    assertFalse(queries.contains("loyaltyTier"));
  }

  private static JsonObject json(String text) {
    return Json.createReader(new StringReader(text)).readObject();
  }
}
