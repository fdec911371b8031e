package com.clientbook.services.startup;

import com.clientbook.persistence.shared.DatabaseMigration;
import com.clientbook.services.demo.DemoData;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.sql.DataSource;
import java.util.logging.Logger;

/**
 * Runs once at deployment, before anything uses JPA: migrates the schema, creates the first platform
 * administrator if there is none, and loads the demo data when (and only when) demo mode is asked for.
 */
@Singleton
@Startup
public class ApplicationStartup {

    private static final Logger LOG = Logger.getLogger(ApplicationStartup.class.getName());

    @Resource(lookup = "java:app/jdbc/clientbook")
    DataSource dataSource;

    @Inject
    PlatformAdminBootstrap platformAdmin;

    @Inject
    DemoData demoData;

    @Inject
    @ConfigProperty(name = "clientbook.demo", defaultValue = "false")
    boolean demo;

    /** Flyway manages its own transactions, so the migration runs outside the container's. */
    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void start() {
        var result = DatabaseMigration.migrate(dataSource);
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migrations applied now)");
        platformAdmin.createIfNone();
        if (demo) {
            demoData.loadIfAbsent();
        }
    }
}
