package com.clientbook.services.startup;

import com.clientbook.persistence.shared.DatabaseMigration;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        FlywayException refusal = assertThrows(FlywayException.class, () -> DatabaseMigration.migrate(nowhere));
        assertTrue(ApplicationStartup.failureReport(refusal).contains("check DB_URL"), ApplicationStartup.failureReport(refusal));
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

    @Test
    void aRefusedConnectionPointsAtTheConnectionSettings() {
        FlywayException refused = new FlywayException("Unable to obtain connection from database",
                new SQLException("password authentication failed for user \"nobody\"", "28P01"));

        String report = ApplicationStartup.failureReport(refused);

        assertTrue(report.contains("check DB_URL, DB_USER and DB_PASSWORD"), report);
        assertTrue(report.contains("28P01"), report);
    }

    @Test
    void aFailedMigrationScriptPointsAtTheSchemaNotTheConnection() {
        FlywayException failed = new FlywayException("Migration V18__directory.sql failed",
                new SQLException("relation \"company\" already exists", "42P07"));

        String report = ApplicationStartup.failureReport(failed);

        assertTrue(report.startsWith("The database schema cannot be migrated"), report);
        assertFalse(report.contains("DB_URL"), report);
    }
}
