package dev.orderlens.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads the shipments Orderlens stored, straight from MariaDB, as a black-box test must. */
final class StoredShipments {
  private StoredShipments() {}

  /** The shipment row with this tracking number: carrier, statuses and milestones by column. */
  static Map<String, Object> shipment(String number) throws Exception {
    try (Connection c = Database.connect();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT carrier, status, sub_status, first_attempt_at, delivered_at,"
                    + " destination_postcode_prefix FROM shipment WHERE tracking_number = ?")) {
      s.setString(1, number);
      try (ResultSet r = s.executeQuery()) {
        assertTrue(r.next(), "no stored shipment " + number);
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
          row.put(r.getMetaData().getColumnLabel(i), r.getObject(i));
        }
        return row;
      }
    }
  }

  static long events(String number) throws Exception {
    try (Connection c = Database.connect();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT COUNT(*) FROM shipment_event e JOIN shipment s ON s.id = e.shipment_id"
                    + " WHERE s.tracking_number = ?")) {
      s.setString(1, number);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    }
  }
}
