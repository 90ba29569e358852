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
 *
 * <p>The server resolves these {@code MPCONFIG} references while deploying, before the
 * application's own {@code microprofile-config.properties} is read, so their defaults are written
 * here. When {@code ORDERLENS_DB_JNDI_NAME} names a JDBC resource the server's admin defined, the
 * persistence unit and {@link ApplicationDataSource} use that one and this pool stays unused (the
 * server creates it only on first use).
 */
@DataSourceDefinition(
    name = DataSourceConfiguration.JNDI_NAME,
    className = "dev.orderlens.platform.MariaDbLocalDataSource",
    url = "${MPCONFIG=orderlens.db.url:jdbc:mariadb://127.0.0.1:3306/orderlens}",
    user = "${MPCONFIG=orderlens.db.user:orderlens}",
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
