package dev.orderlens.tracking.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.orderlens.platform.ProblemException;
import dev.orderlens.tracking.ListInstance;
import dev.orderlens.tracking.application.ShipmentLedger;
import dev.orderlens.tracking.domain.RecordingShipments;
import dev.orderlens.tracking.domain.TrackingPush;
import dev.orderlens.tracking.domain.TrackingPush.PushRefusedException.Reason;
import dev.orderlens.tracking.domain.TrackingReport;
import dev.orderlens.tracking.domain.TrackingStatus;
import dev.orderlens.tracking.domain.ledger.ShipmentRecord;
import dev.orderlens.tracking.domain.schedule.WorkingCalendars;
import jakarta.ws.rs.core.HttpHeaders;
import java.io.ByteArrayInputStream;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class TrackingWebhookResourceTest {

  private final RecordingShipments shipments = new RecordingShipments();
  private final List<ShipmentRecord> saved = shipments.saved();

  private TrackingWebhookResource resource(TrackingPush... pushes) {
    TrackingWebhookResource resource = new TrackingWebhookResource();
    resource.pushes = ListInstance.of(pushes);
    resource.ledger = new ShipmentLedger(shipments, WorkingCalendars.WEEKENDS_ONLY);
    return resource;
  }

  private static TrackingPush push(String provider, boolean enabled, Reason refusal) {
    return new TrackingPush() {
      @Override
      public String provider() {
        return provider;
      }

      @Override
      public boolean enabled() {
        return enabled;
      }

      @Override
      public List<TrackingReport> read(UnaryOperator<String> header, byte[] body) {
        if (refusal != null) {
          throw new PushRefusedException(refusal, "refused");
        }
        return List.of(
            new TrackingReport(
                "00340433836442636597", "dhl", TrackingStatus.DELIVERED, null, null, null));
      }
    };
  }

  private static PushCall call(TrackingWebhookResource resource, String provider) {
    HttpHeaders headers =
        (HttpHeaders)
            Proxy.newProxyInstance(
                HttpHeaders.class.getClassLoader(),
                new Class<?>[] {HttpHeaders.class},
                (proxy, method, args) -> null);
    return () -> resource.receive(provider, headers, new ByteArrayInputStream("{}".getBytes()));
  }

  private interface PushCall {
    TrackingWebhookResource.PushResult run();
  }

  @Test
  void acceptedPushStoresItsShipments() {
    assertEquals(1, call(resource(push("dhl", true, null)), "dhl").run().shipments());
    assertEquals(TrackingStatus.DELIVERED, saved.get(0).status());
  }

  @Test
  void badSignatureIsUnauthorisedAndBadBodyABadRequest() {
    ProblemException signature =
        assertThrows(
            ProblemException.class,
            () -> call(resource(push("dhl", true, Reason.SIGNATURE)), "dhl").run());
    ProblemException body =
        assertThrows(
            ProblemException.class,
            () -> call(resource(push("dhl", true, Reason.BODY)), "dhl").run());

    assertEquals(401, signature.problem().status());
    assertEquals(400, body.problem().status());
  }

  @Test
  void providerThatIsNotSetUpIsNotFound() {
    ProblemException off =
        assertThrows(
            ProblemException.class, () -> call(resource(push("dhl", false, null)), "dhl").run());
    ProblemException unknown =
        assertThrows(
            ProblemException.class, () -> call(resource(push("dhl", true, null)), "fedex").run());

    assertEquals(404, off.problem().status());
    assertEquals(404, unknown.problem().status());
  }
}
