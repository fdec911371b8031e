package com.clientbook.persistence;

import com.clientbook.persistence.shared.DatabaseMigration;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.Persistence;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.postgresql.ds.PGSimpleDataSource;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A fresh, migrated PostgreSQL database for one test class, dropped when the class is done. Register it with
 * {@code @RegisterExtension static final TestDatabase database = new TestDatabase();}.
 *
 * <p>The database server comes from the system properties {@code test.db.host}, {@code test.db.port},
 * {@code test.db.user} and {@code test.db.password} (the build passes them; defaults suit a local server
 * with trust authentication). Real PostgreSQL, because unique indexes and row locks are part of the behaviour
 * under test.
 */
public final class TestDatabase implements BeforeAllCallback, AfterAllCallback {

    /** Every database the tests make starts with this, so they are easy to tell from anything else. */
    public static final String NAME_PREFIX = "clientbook_it_";

    private final String name = NAME_PREFIX + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private EntityManagerFactory entityManagerFactory;

    @Override
    public void beforeAll(ExtensionContext context) {
        recreate(name);
        DatabaseMigration.migrate(dataSource(name));
        entityManagerFactory = Persistence.createEntityManagerFactory("clientbook", Map.of(
                "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "jakarta.persistence.jtaDataSource", "",
                "jakarta.persistence.jdbc.driver", "org.postgresql.Driver",
                "jakarta.persistence.jdbc.url", url(name),
                "jakarta.persistence.jdbc.user", user(),
                "jakarta.persistence.jdbc.password", password(),
                // The tests provoke constraint violations on purpose; EclipseLink would print each one as a warning
                "eclipselink.logging.level", "SEVERE"));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (entityManagerFactory != null) {
            entityManagerFactory.close();
        }
        drop(name);
    }

    public String name() {
        return name;
    }

    /** An entity manager of its own, e.g. to hold a second transaction open; the caller closes it. */
    public EntityManager newEntityManager() {
        return entityManagerFactory.createEntityManager();
    }

    /** Runs the work in a transaction of its own and commits it; rolls back and rethrows when the work fails. */
    public <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager entityManager = newEntityManager();
        EntityTransaction transaction = entityManager.getTransaction();
        try {
            transaction.begin();
            T result = work.apply(entityManager);
            transaction.commit();
            return result;
        } finally {
            if (transaction.isActive()) {
                transaction.rollback();
            }
            entityManager.close();
        }
    }

    public void runInTransaction(Consumer<EntityManager> work) {
        inTransaction(entityManager -> {
            work.accept(entityManager);
            return null;
        });
    }

    /** The JDBC URL of a database on the test server. */
    public static String url(String database) {
        return "jdbc:postgresql://" + System.getProperty("test.db.host", "127.0.0.1") + ":"
               + System.getProperty("test.db.port", "5432") + "/" + database;
    }

    public static PGSimpleDataSource dataSource(String database) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(url(database));
        dataSource.setUser(user());
        dataSource.setPassword(password());
        return dataSource;
    }

    /** Drops the database if it exists (closing its connections) and creates it empty. */
    public static void recreate(String database) {
        drop(database);
        administer("create database " + quoted(database));
    }

    public static void drop(String database) {
        administer("drop database if exists " + quoted(database) + " with (force)");
    }

    private static void administer(String statement) {
        try (Connection connection = DriverManager.getConnection(url("postgres"), user(), password());
             Statement sql = connection.createStatement()) {
            sql.execute(statement);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not run \"" + statement + "\" on the test database server", e);
        }
    }

    private static String quoted(String database) {
        if (!database.startsWith(NAME_PREFIX) || !database.matches("[a-z0-9_]+")) {
            throw new IllegalArgumentException("Tests only touch databases named " + NAME_PREFIX + "…, not " + database);
        }
        return '"' + database + '"';
    }

    private static String user() {
        return System.getProperty("test.db.user", "postgres");
    }

    private static String password() {
        return System.getProperty("test.db.password", "");
    }
}
