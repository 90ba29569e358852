package dev.orderlens.order.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orderlens.platform.JsonCodec;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Imported orders are stored as JSON documents: new fields must not break the stored ones. */
class StoredOrderCompatibilityTest {

  @Test
  void anOrderWithTheNewFieldsReadsBackUnchanged() {
    Order order =
        TestOrders.order()
            .total(Money.of("110.35", "GBP"))
            .storeTotal(Money.of("129.80", "EUR"))
            .line(TestOrders.dropShipped("CUSHION", 0, Instant.parse("2026-11-15T00:00:00Z")))
            .shipped("1Z999", "CUSHION")
            .build();

    assertEquals(order, JsonCodec.read(JsonCodec.write(order), Order.class));
  }

  @Test
  void aDocumentStoredBeforeTheNewFieldsStillReads() {
    String stored =
        """
        {"store":"eu","number":{"value":"1001"},"status":"SHIPPED","paymentState":"PAID",
         "placedAt":"2026-11-18T10:15:42Z","promisedFrom":null,"promisedTo":"2026-11-24",
         "total":{"amount":129.80,"currency":"EUR"},
         "lines":[{"sku":"CHAIR-OAK","name":"Oak chair","quantity":1,
           "unitPrice":{"amount":119.90,"currency":"EUR"},"fulfilmentSource":"OWN_STOCK",
           "supplier":null,"stockAtSource":null,"stockCheckedAt":null,"dropShipped":false}],
         "fulfilments":[{"carrier":"BRT","trackingNumber":"123456789012","trackingUrl":null,
           "shippedAt":"2026-11-21T15:00:00Z"}],
         "buyer":{"name":"Anna Rossi","email":"anna.rossi@example.com","phone":null},
         "billingAddress":null,"recipient":{"person":{"name":null,"email":null,"phone":null},
         "address":null},"gift":false,"giftMessage":null,"note":null,"attributes":{}}
        """;

    Order order = JsonCodec.read(stored, Order.class);

    assertNull(order.cancelledAt());
    assertNull(order.storeTotal());
    assertEquals(Money.of("129.80", "EUR"), order.totalInStoreCurrency());
    assertEquals(List.of(), order.fulfilments().get(0).lineSkus());
    assertNull(order.lines().get(0).supplierOrderedAt());
    assertTrue(order.status().hasShipped());
  }
}
