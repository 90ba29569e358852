package dev.orderlens.order.infrastructure.vendure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.orderlens.order.domain.OrderStatus;
import dev.orderlens.order.domain.PaymentState;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VendureStatesTest {

  @ParameterizedTest
  @CsvSource({
    "AddingItems, PENDING_PAYMENT",
    "ArrangingPayment, PENDING_PAYMENT",
    "ArrangingAdditionalPayment, PENDING_PAYMENT",
    "PaymentAuthorized, PROCESSING",
    "PaymentSettled, PROCESSING",
    "Modifying, ON_HOLD",
    "PartiallyShipped, PARTIALLY_SHIPPED",
    "PartiallyDelivered, PARTIALLY_SHIPPED",
    "Shipped, SHIPPED",
    "Delivered, DELIVERED",
    "Cancelled, CANCELLED",
    "AwaitingFraudCheck, PROCESSING"
  })
  void eachVendureOrderStateHasAnOrderlensStatus(String state, OrderStatus expected) {
    assertEquals(expected, VendureStates.status(state));
  }

  @Test
  void aSettledPaymentIsPaidEvenAfterADeclinedAttempt() {
    JsonArray payments =
        payments(
            "[{\"state\":\"Declined\",\"amount\":5000,\"refunds\":[]},"
                + "{\"state\":\"Settled\",\"amount\":5000,\"refunds\":[]}]");

    assertEquals(PaymentState.PAID, VendureStates.payment("PaymentSettled", payments));
  }

  @Test
  void settledRefundsMakeAnOrderPartiallyOrFullyRefunded() {
    String payment =
        "[{\"state\":\"Settled\",\"amount\":5000,\"refunds\":"
            + "[{\"total\":%d,\"state\":\"Settled\"},{\"total\":5000,\"state\":\"Failed\"}]}]";

    assertEquals(
        PaymentState.PARTIALLY_REFUNDED,
        VendureStates.payment("Cancelled", payments(payment.formatted(1200))));
    assertEquals(
        PaymentState.REFUNDED,
        VendureStates.payment("Cancelled", payments(payment.formatted(5000))));
  }

  @Test
  void anOrderAwaitingPaymentWithoutAttemptsIsPendingAndOnlyFailedAttemptsAreVoided() {
    assertEquals(PaymentState.PENDING, VendureStates.payment("ArrangingPayment", payments("[]")));
    assertEquals(
        PaymentState.VOIDED,
        VendureStates.payment(
            "ArrangingPayment",
            payments("[{\"state\":\"Declined\",\"amount\":5000,\"refunds\":[]}]")));
    assertEquals(
        PaymentState.AUTHORIZED,
        VendureStates.payment(
            "PaymentAuthorized",
            payments("[{\"state\":\"Authorized\",\"amount\":5000,\"refunds\":[]}]")));
  }

  private static JsonArray payments(String json) {
    return Json.createReader(new StringReader(json)).readArray();
  }
}
