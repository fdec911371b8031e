package com.clientbook.services.startup;

import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * A database that refuses the application at startup leaves it deployed but not ready, trying again; the startup log
 * line says which schema version the database has, whether or not a migration ran.
 */
class ApplicationStartupTest {

    @Test
    void aDatabaseThatCannotBeReachedLeavesTheApplicationDeployedButNotReady() {
        PGSimpleDataSource nowhere = new PGSimpleDataSource();
        nowhere.setUrl("jdbc:postgresql://127.0.0.1:1/clientbook?connectTimeout=2");
        ApplicationStartup startup = new ApplicationStartup();
        startup.dataSource = nowhere;

        startup.start(); // no exception: the deployment goes on
        startup.retry(); // ... and so does the next try

        assertFalse(startup.databasePrepared());
    }

    @Test
    void anUpToDateSchemaNamesItsVersionRatherThanNull() {
        MigrateResult result = new MigrateResult();
        result.initialSchemaVersion = "15";
        result.migrationsExecuted = 0;

        assertEquals("Database schema at version 15, up to date (no migration to apply)",
                ApplicationStartup.schemaReport(result));
    }

    @Test
    void aMigrationNamesBothVersionsAndTheCount() {
        MigrateResult result = new MigrateResult();
        result.initialSchemaVersion = "14";
        result.targetSchemaVersion = "15";
        result.migrationsExecuted = 1;

        assertEquals("Database schema migrated from version 14 to version 15 (1 migration applied)",
                ApplicationStartup.schemaReport(result));
    }

    @Test
    void anEmptyDatabaseIsCalledSo() {
        MigrateResult result = new MigrateResult();
        result.targetSchemaVersion = "15";
        result.migrationsExecuted = 15;

        assertEquals("Database schema migrated from an empty database to version 15 (15 migrations applied)",
                ApplicationStartup.schemaReport(result));
    }
}
