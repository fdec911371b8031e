package com.clientbook.web.health;

import com.clientbook.services.startup.ApplicationStartup;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Ready only while the database answers: without it no page and no API call can work, so a balancer
 * should send traffic elsewhere. Asks through the application's own pooled datasource, the way every
 * request reaches the database, and gives up after a few seconds so the probe itself never hangs. Not ready either
 * while the schema is not migrated yet (the database refused the application at startup; it tries again).
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    static final String NAME = "database";
    private static final int TIMEOUT_SECONDS = 3;
    private static final Logger LOG = Logger.getLogger(DatabaseReadiness.class.getName());

    @Resource(lookup = "java:app/jdbc/clientbook")
    DataSource dataSource;

    @Inject
    ApplicationStartup startup;

    @Override
    public HealthCheckResponse call() {
        if (!startup.databasePrepared()) {
            return HealthCheckResponse.down(NAME);
        }
        try (Connection connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            statement.setQueryTimeout(TIMEOUT_SECONDS);
            statement.execute("select 1");
            return HealthCheckResponse.up(NAME);
        } catch (SQLException | RuntimeException e) {
            // The reason goes to the log only: the health endpoint is unauthenticated.
            LOG.log(Level.WARNING, "The database does not answer", e);
            return HealthCheckResponse.down(NAME);
        }
    }
}
