package dev.orderlens.tracking.infrastructure;

import dev.orderlens.platform.RequestBodies;
import dev.orderlens.tracking.domain.TrackingPush.PushRefusedException;
import jakarta.json.JsonObject;

/** Reads a pushed body as a JSON object, refusing anything else as a bad body. */
public final class PushBodies {

  private PushBodies() {}

  public static JsonObject object(byte[] body) {
    return RequestBodies.jsonObject(
        body, why -> new PushRefusedException(PushRefusedException.Reason.BODY, why));
  }
}
