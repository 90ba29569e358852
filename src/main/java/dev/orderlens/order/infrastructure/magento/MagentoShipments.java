package dev.orderlens.order.infrastructure.magento;

import static dev.orderlens.platform.JsonFields.array;
import static dev.orderlens.platform.JsonFields.text;

import dev.orderlens.order.domain.Fulfilment;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Magento shipments ({@code sales-shipment}) as fulfilments: one per tracking number, carrying the
 * SKUs of the shipment's items, so a split order shows which parcel holds what. A shipment without
 * a track still counts as sent, with no tracking number.
 */
final class MagentoShipments {

  private MagentoShipments() {}

  static List<Fulfilment> fulfilments(JsonArray shipments) {
    List<Fulfilment> fulfilments = new ArrayList<>();
    for (JsonValue value : shipments) {
      JsonObject shipment = value.asJsonObject();
      List<String> skus =
          array(shipment, "items").stream()
              .map(i -> text(i.asJsonObject(), "sku"))
              .filter(Objects::nonNull)
              .distinct()
              .toList();
      JsonArray tracks = array(shipment, "tracks");
      if (tracks.isEmpty()) {
        fulfilments.add(
            new Fulfilment(
                null, null, null, MagentoStatus.time(text(shipment, "created_at")), skus));
      }
      for (JsonValue t : tracks) {
        JsonObject track = t.asJsonObject();
        String carrier =
            text(track, "title") != null ? text(track, "title") : text(track, "carrier_code");
        fulfilments.add(
            new Fulfilment(
                carrier,
                text(track, "track_number"),
                null,
                MagentoStatus.time(text(track, "created_at")),
                skus));
      }
    }
    return fulfilments;
  }
}
