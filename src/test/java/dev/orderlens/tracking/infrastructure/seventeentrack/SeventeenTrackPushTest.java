package dev.orderlens.tracking.infrastructure.seventeentrack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orderlens.platform.security.Hmac;
import dev.orderlens.tracking.domain.TrackingPush.PushRefusedException;
import dev.orderlens.tracking.domain.TrackingReport;
import dev.orderlens.tracking.domain.TrackingStatus;
import dev.orderlens.tracking.infrastructure.Headers;
import dev.orderlens.tracking.infrastructure.Payloads;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SeventeenTrackPushTest {

  private static final byte[] BODY =
      Payloads.load("seventeentrack/webhook-tracking-updated.json")
          .toString()
          .getBytes(StandardCharsets.UTF_8);

  private final SeventeenTrackPush push = new SeventeenTrackPush(Optional.of("17-key"));

  private static String sign(byte[] body, String key) {
    return Hmac.sha256Hex(
        (new String(body, StandardCharsets.UTF_8) + "/" + key).getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void pushSignedWithTheSecurityKeyGivesItsReport() {
    List<TrackingReport> reports = push.read(Headers.of("sign", sign(BODY, "17-key")), BODY);

    assertEquals(1, reports.size());
    assertEquals("10102467023459", reports.get(0).trackingNumber());
    assertEquals(TrackingStatus.EXCEPTION, reports.get(0).status());
  }

  @Test
  void signatureInUpperCaseHexIsTheSameSignature() {
    String upper = sign(BODY, "17-key").toUpperCase(Locale.ROOT);

    assertEquals(1, push.read(Headers.of("sign", upper), BODY).size());
  }

  @Test
  void pushSignedWithAnotherKeyIsRefused() {
    PushRefusedException e =
        assertThrows(
            PushRefusedException.class,
            () -> push.read(Headers.of("sign", sign(BODY, "other-key")), BODY));
    assertEquals(PushRefusedException.Reason.SIGNATURE, e.reason());
  }

  @Test
  void stoppedTrackingPushCarriesNoReport() {
    byte[] body =
        "{\"event\":\"TRACKING_STOPPED\",\"data\":{\"number\":\"10102467023459\"}}"
            .getBytes(StandardCharsets.UTF_8);

    assertTrue(push.read(Headers.of("sign", sign(body, "17-key")), body).isEmpty());
  }
}
