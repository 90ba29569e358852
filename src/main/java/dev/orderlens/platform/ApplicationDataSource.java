package dev.orderlens.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one data source Orderlens' own JDBC code uses, the same one the persistence unit names: the
 * server's JDBC resource when {@code orderlens.db.jndi-name} names one (a pool the admin defined
 * with {@code asadmin} on a standalone Payara Server), the built-in {@link DataSourceConfiguration}
 * otherwise.
 */
@ApplicationScoped
public class ApplicationDataSource {
  @Inject
  @ConfigProperty(name = "orderlens.db.jndi-name", defaultValue = DataSourceConfiguration.JNDI_NAME)
  String jndiName;

  @Produces
  @ApplicationScoped
  DataSource dataSource() throws NamingException {
    return InitialContext.doLookup(jndiName);
  }
}
