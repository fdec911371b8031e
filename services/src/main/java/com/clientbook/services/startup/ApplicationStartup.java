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
import org.flywaydb.core.api.output.MigrateResult;

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
        LOG.info(() -> schemaReport(result));
        platformAdmin.createIfNone();
        if (demo) {
            demoData.loadIfAbsent();
        }
    }

    /**
     * What the migration did, in words an operator can trust: Flyway leaves the target version empty when there was
     * nothing to apply, which used to read "at version null (0 migrations applied now)".
     */
    static String schemaReport(MigrateResult result) {
        if (result.migrationsExecuted == 0) {
            return "Database schema at version " + result.initialSchemaVersion + ", up to date (no migration to apply)";
        }
        String from = result.initialSchemaVersion == null ? "an empty database" : "version " + result.initialSchemaVersion;
        return "Database schema migrated from " + from + " to version " + result.targetSchemaVersion + " ("
                + result.migrationsExecuted + (result.migrationsExecuted == 1 ? " migration" : " migrations") + " applied)";
    }
}
