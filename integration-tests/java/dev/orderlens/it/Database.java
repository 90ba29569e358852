package dev.orderlens.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;

/** The MariaDB the server under test uses, for checks and for rows a previous instance left. */
public final class Database {
  private Database() {}

  public static Connection connect() throws SQLException {
    return DriverManager.getConnection(
        System.getenv("ORDERLENS_DB_URL"),
        System.getenv("ORDERLENS_DB_USER"),
        System.getenv("ORDERLENS_DB_PASSWORD"));
  }

  /** The schema as the application migrates it, for rows written before the server starts. */
  public static void migrate() {
    Flyway.configure()
        .dataSource(
            System.getenv("ORDERLENS_DB_URL"),
            System.getenv("ORDERLENS_DB_USER"),
            System.getenv("ORDERLENS_DB_PASSWORD"))
        .locations("filesystem:target/classes/db/migration")
        .load()
        .migrate();
  }

  public static long count(String sql, Object... parameters) {
    try (Connection c = connect();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        s.setObject(i + 1, parameters[i]);
      }
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  public static void update(String sql, Object... parameters) {
    try (Connection c = connect();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        s.setObject(i + 1, parameters[i]);
      }
      s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
