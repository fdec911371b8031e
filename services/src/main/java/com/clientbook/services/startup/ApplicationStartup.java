package com.clientbook.services.startup;

import com.clientbook.persistence.shared.DatabaseMigration;
import com.clientbook.services.demo.DemoData;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs at deployment, before anything uses JPA: migrates the schema, creates the first platform
 * administrator if there is none, and loads the demo data when (and only when) demo mode is asked for.
 *
 * <p>When the database cannot be reached or refuses the configured user, the application still deploys, answers
 * {@code /health/ready} with DOWN (503) and tries again every 30 seconds, so it becomes ready by itself once the
 * database is there. A failure here used to fail the deployment, and after a restart Payara then
 * answered the readiness probe with its own HTML error page instead of the application's check.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
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

    private volatile boolean done;

    /** Flyway manages its own transactions, so the migration runs outside the container's. */
    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void start() {
        prepareDatabase();
    }

    /**
     * A non-persistent schedule, like the import sweeper's: a programmatic timer would make Payara load its persistent
     * EJB timer service at every boot (half a minute on a busy machine). On every server: Flyway holds a PostgreSQL
     * advisory lock while it migrates, so the schema is migrated once; the first administrator and the demo data are
     * created under an advisory lock ({@code ServerLocks.START_UP}) and only where the database has none yet.
     */
    @Schedule(hour = "*", minute = "*", second = "*/30", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void retry() {
        prepareDatabase();
    }

    /** Whether the schema is migrated and the first administrator (and demo data) are in place. */
    public boolean databasePrepared() {
        return done;
    }

    private synchronized boolean prepareDatabase() {
        if (done) {
            return true;
        }
        try {
            MigrateResult result = DatabaseMigration.migrate(dataSource);
            LOG.info(() -> schemaReport(result));
            platformAdmin.createIfNone();
            if (demo) {
                demoData.loadIfAbsent();
            }
            done = true;
            return true;
        } catch (FlywayException e) {
            // Flyway wraps the driver's refusal (wrong DB_USER or DB_PASSWORD, no database, no server) in its own;
            // any other failure is a fault of ours and fails the deployment loudly.
            LOG.log(Level.SEVERE, failureReport(e) + "; not ready, trying again within 30 s", e);
            return false;
        }
    }

    /**
     * Why the database could not be prepared, told apart for the operator: a connection the server refuses (SQLState
     * class 08 connection, 28 authorization, 3D000 no such database) is a matter of DB_URL, DB_USER and DB_PASSWORD;
     * anything else Flyway reports (a migration script that fails, applied migrations that differ from the shipped
     * ones) is a matter of the schema, and saying "check DB_URL" there would send the operator the wrong way.
     */
    static String failureReport(FlywayException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null && refusesConnection(sql.getSQLState())) {
                return "The database cannot be reached or refuses the application (SQLState " + sql.getSQLState()
                        + "; check DB_URL, DB_USER and DB_PASSWORD)";
            }
        }
        return "The database schema cannot be migrated (a migration failed, or the applied migrations differ from this"
                + " version's; the cause follows)";
    }

    private static boolean refusesConnection(String sqlState) {
        return sqlState.startsWith("08") || sqlState.startsWith("28") || sqlState.equals("3D000");
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
