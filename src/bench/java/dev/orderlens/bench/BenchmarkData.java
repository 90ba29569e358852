package dev.orderlens.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Random;

/**
 * Fills the benchmark database with synthetic shipments and complaints in multi-row INSERTs of a
 * few thousand rows. Nothing in it identifies anyone: tracking numbers are counters, regions are
 * two-digit prefixes.
 */
final class BenchmarkData {
  static final String[] SERVICES = {"standard", "express", "economy"};
  static final String[] CATEGORIES = {
    "LATE",
    "FALSE_ATTEMPT",
    "LOST",
    "DAMAGED",
    "LEFT_UNSAFE",
    "DELIVERED_NOT_RECEIVED",
    "DRIVER_CONDUCT"
  };
  private static final int ROWS_PER_INSERT = 2_000;

  private BenchmarkData() {}

  static String carrier(int i) {
    return String.format("bench-carrier-%02d", i);
  }

  static void shipments(Connection c, int count, int carriers, LocalDate last, Random r)
      throws SQLException {
    try (Statement s = c.createStatement()) {
      StringBuilder sql = new StringBuilder();
      for (int i = 0; i < count; i++) {
        if (sql.length() == 0) {
          sql.append(
              "INSERT INTO shipment (carrier, tracking_number, service, destination_postcode_prefix,"
                  + " destination_country, promised_date, shipped_at, first_attempt_at,"
                  + " attempt_disputed, delivered_at, status, transit_working_days, updated_at)"
                  + " VALUES ");
        } else {
          sql.append(',');
        }
        LocalDate promised = last.minusDays(r.nextInt(365));
        LocalDate shipped = promised.minusDays(3);
        int transit = 1 + (int) Math.min(9, Math.abs(r.nextGaussian() * 1.5 + 2));
        boolean delivered = r.nextInt(100) < 92;
        boolean failed = r.nextInt(100) < 8;
        String deliveredAt = delivered ? "'" + shipped.plusDays(transit) + " 14:00:00'" : "NULL";
        String attemptAt =
            failed ? "'" + shipped.plusDays(Math.max(1, transit - 1)) + " 11:00:00'" : deliveredAt;
        sql.append("('")
            .append(carrier(i % carriers))
            .append("','BN")
            .append(i)
            .append("','")
            .append(SERVICES[r.nextInt(SERVICES.length)])
            .append("','")
            .append(10 + r.nextInt(50))
            .append("','DE','")
            .append(promised)
            .append("','")
            .append(shipped)
            .append(" 09:00:00',")
            .append(attemptAt)
            .append(',')
            .append(failed && r.nextInt(5) == 0 ? "TRUE" : "FALSE")
            .append(',')
            .append(deliveredAt)
            .append(delivered ? ",'DELIVERED'," : ",'IN_TRANSIT',")
            .append(delivered ? Integer.toString(transit) : "NULL")
            .append(",NOW())");
        if ((i + 1) % ROWS_PER_INSERT == 0 || i == count - 1) {
          s.executeUpdate(sql.toString());
          sql.setLength(0);
        }
      }
    }
    c.commit();
  }

  static void complaints(Connection c, int count, int shipments, Random r) throws SQLException {
    try (Statement s = c.createStatement()) {
      StringBuilder sql = new StringBuilder();
      for (int i = 0; i < count; i++) {
        if (sql.length() == 0) {
          sql.append(
              "INSERT IGNORE INTO carrier_complaint (tracking_number, category, carrier,"
                  + " ticket_reference, confidence, blame, words_digest, created_at) VALUES ");
        } else {
          sql.append(',');
        }
        int shipment = r.nextInt(shipments);
        sql.append("('BN")
            .append(shipment)
            .append("','")
            .append(CATEGORIES[r.nextInt(CATEGORIES.length)])
            .append("','")
            .append(carrier(shipment % 10))
            .append("','bench:")
            .append(i)
            .append("',0.9,'")
            .append(r.nextInt(10) < 8 ? "CARRIER" : "RETAILER")
            .append("','")
            .append("0".repeat(64))
            .append("',NOW())");
        if ((i + 1) % ROWS_PER_INSERT == 0 || i == count - 1) {
          s.executeUpdate(sql.toString());
          sql.setLength(0);
        }
      }
    }
    c.commit();
  }
}
