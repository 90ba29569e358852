package dev.orderlens.tracking.infrastructure.aftership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.orderlens.platform.security.Hmac;
import dev.orderlens.tracking.domain.TrackingPush.PushRefusedException;
import dev.orderlens.tracking.domain.TrackingReport;
import dev.orderlens.tracking.domain.TrackingStatus;
import dev.orderlens.tracking.infrastructure.Headers;
import dev.orderlens.tracking.infrastructure.Payloads;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AfterShipPushTest {

  private static final byte[] BODY =
      Payloads.load("aftership/webhook-delivered-to-neighbour.json")
          .toString()
          .getBytes(StandardCharsets.UTF_8);

  private final AfterShipPush push = new AfterShipPush(Optional.of("as-secret"));

  @Test
  void pushSignedWithTheWebhookSecretGivesItsReport() {
    String signature = Hmac.sha256Base64("as-secret", BODY);

    List<TrackingReport> reports = push.read(Headers.of("aftership-hmac-sha256", signature), BODY);

    assertEquals(1, reports.size());
    assertEquals(TrackingStatus.DELIVERED, reports.get(0).status());
    assertEquals("00340433836442636597", reports.get(0).trackingNumber());
  }

  @Test
  void pushSignedWithAnotherSecretIsRefused() {
    String signature = Hmac.sha256Base64("someone-else", BODY);

    PushRefusedException e =
        assertThrows(
            PushRefusedException.class,
            () -> push.read(Headers.of("aftership-hmac-sha256", signature), BODY));
    assertEquals(PushRefusedException.Reason.SIGNATURE, e.reason());
  }

  @Test
  void unsignedPushIsRefused() {
    assertThrows(PushRefusedException.class, () -> push.read(name -> null, BODY));
  }

  @Test
  void signedButMalformedBodyIsABadBody() {
    byte[] body = "{not json".getBytes(StandardCharsets.UTF_8);
    String signature = Hmac.sha256Base64("as-secret", body);

    PushRefusedException e =
        assertThrows(
            PushRefusedException.class,
            () -> push.read(Headers.of("aftership-hmac-sha256", signature), body));
    assertEquals(PushRefusedException.Reason.BODY, e.reason());
  }

  @Test
  void withoutAWebhookSecretThePushIsOff() {
    assertFalse(new AfterShipPush(Optional.empty()).enabled());
  }
}
