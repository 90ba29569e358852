package dev.orderlens.tracking.infrastructure.dhl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.orderlens.tracking.domain.TrackingPush.PushRefusedException;
import dev.orderlens.tracking.domain.TrackingStatus;
import dev.orderlens.tracking.infrastructure.Headers;
import dev.orderlens.tracking.infrastructure.Payloads;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DhlPushTest {

  private static final byte[] BODY =
      Payloads.load("dhl/push-delivered.json").toString().getBytes(StandardCharsets.UTF_8);

  private final DhlPush push = new DhlPush("X-Push-Token", Optional.of("dhl-push-token"));

  @Test
  void pushWithTheSubscriptionsTokenGivesItsReport() {
    var reports = push.read(Headers.of("x-push-token", "dhl-push-token"), BODY);

    assertEquals(1, reports.size());
    assertEquals(TrackingStatus.DELIVERED, reports.get(0).status());
  }

  @Test
  void pushWithAnotherTokenIsRefused() {
    PushRefusedException e =
        assertThrows(
            PushRefusedException.class, () -> push.read(Headers.of("X-Push-Token", "guess"), BODY));
    assertEquals(PushRefusedException.Reason.SIGNATURE, e.reason());
  }

  @Test
  void withoutATokenDhlPushesAreOff() {
    assertFalse(new DhlPush("X-Push-Token", Optional.empty()).enabled());
  }
}
