package dev.orderlens.platform;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.mariadb.jdbc.MariaDbDataSource;

/**
 * MariaDB's data source as a plain {@link DataSource}. The driver's own class is also an {@code
 * XADataSource}, and the server then builds an XA pool: two-phase commit bookkeeping on every
 * transaction against the one database Orderlens has. Named in {@link DataSourceConfiguration},
 * this class gives a pool of local transactions instead. The server sets the connection properties
 * through the setters below.
 */
public class MariaDbLocalDataSource implements DataSource {
  private final MariaDbDataSource driver = new MariaDbDataSource();

  public void setUrl(String url) throws SQLException {
    driver.setUrl(url);
  }

  public void setURL(String url) throws SQLException {
    driver.setUrl(url);
  }

  public String getUrl() {
    return driver.getUrl();
  }

  public void setUser(String user) throws SQLException {
    driver.setUser(user);
  }

  public String getUser() {
    return driver.getUser();
  }

  public void setPassword(String password) throws SQLException {
    driver.setPassword(password);
  }

  @Override
  public Connection getConnection() throws SQLException {
    return driver.getConnection();
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return driver.getConnection(username, password);
  }

  @Override
  public PrintWriter getLogWriter() throws SQLException {
    return driver.getLogWriter();
  }

  @Override
  public void setLogWriter(PrintWriter out) throws SQLException {
    driver.setLogWriter(out);
  }

  @Override
  public void setLoginTimeout(int seconds) throws SQLException {
    driver.setLoginTimeout(seconds);
  }

  @Override
  public int getLoginTimeout() throws SQLException {
    return driver.getLoginTimeout();
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException("java.util.logging is not used by the driver");
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    if (type.isInstance(this)) {
      return type.cast(this);
    }
    throw new SQLException("Not a wrapper of " + type.getName());
  }

  @Override
  public boolean isWrapperFor(Class<?> type) {
    return type.isInstance(this);
  }
}
