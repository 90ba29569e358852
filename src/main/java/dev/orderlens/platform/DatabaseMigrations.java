package dev.orderlens.platform;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Applies the versioned schema migrations in {@code db/migration} when the application starts,
 * before any request is served. EclipseLink never generates DDL.
 */
@ApplicationScoped
public class DatabaseMigrations {
  private static final Logger LOG = Logger.getLogger(DatabaseMigrations.class.getName());

  @Inject DataSource dataSource;

  void migrate(
      @Observes
          @Priority(Interceptor.Priority.PLATFORM_BEFORE)
          @Initialized(ApplicationScoped.class)
          Object ignored) {
    var result =
        Flyway.configure(DatabaseMigrations.class.getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            .load()
            .migrate();
    LOG.info(
        () ->
            "Database schema at version "
                + result.targetSchemaVersion
                + " ("
                + result.migrationsExecuted
                + " migrations applied now)");
  }
}
