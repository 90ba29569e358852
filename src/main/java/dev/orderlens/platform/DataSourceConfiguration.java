package dev.orderlens.platform;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The application's MariaDB data source. URL and credentials come from MicroProfile Config, so
 * {@code ORDERLENS_DB_URL}, {@code ORDERLENS_DB_USER} and {@code ORDERLENS_DB_PASSWORD} in the
 * environment decide where it points. A {@code DataSource} class is named because a {@code
 * java.sql.Driver} packaged in the WAR is invisible to the server's pool, and a plain one ({@link
 * MariaDbLocalDataSource}) because the driver's own is also an XA data source, which would make
 * every transaction pay for two-phase commit.
 */
@DataSourceDefinition(
    name = DataSourceConfiguration.JNDI_NAME,
    className = "dev.orderlens.platform.MariaDbLocalDataSource",
    url = "${MPCONFIG=orderlens.db.url}",
    user = "${MPCONFIG=orderlens.db.user}",
    password = "${MPCONFIG=orderlens.db.password}",
    minPoolSize = 2,
    maxPoolSize = 32,
    properties = {
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=meta-data",
      "fish.payara.fail-all-connections=true"
    })
@ApplicationScoped
public class DataSourceConfiguration {
  public static final String JNDI_NAME = "java:app/jdbc/orderlens";
}
