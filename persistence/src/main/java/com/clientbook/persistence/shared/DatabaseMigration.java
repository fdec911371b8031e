package com.clientbook.persistence.shared;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;

/**
 * Brings the schema up to date with the migrations in {@code db/migration}. Flyway holds a PostgreSQL
 * advisory lock while it works, so several servers starting at once migrate the schema exactly once.
 */
public final class DatabaseMigration {

    public static final String LOCATION = "classpath:db/migration";

    private DatabaseMigration() {
    }

    public static MigrateResult migrate(DataSource dataSource) {
        return Flyway.configure(DatabaseMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations(LOCATION)
                .failOnMissingLocations(true)
                .load()
                .migrate();
    }
}
