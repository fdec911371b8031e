package com.clientbook.web.shared;

import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
import jakarta.resource.spi.ResourceAllocationException;
import org.junit.jupiter.api.Test;

import java.net.ConnectException;
import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which failures mean "the database cannot be reached right now" (503) and which are a fault of ours (500). */
class DatabaseUnavailableTest {

    @Test
    void aRefusedConnectionDeepInsideAnEjbFailureIsUnavailability() {
        SQLException refused = new SQLException("Connection to 127.0.0.1:5432 refused.", "08001",
                new ConnectException("Connection refused"));
        assertTrue(DatabaseUnavailable.among(new EJBException(new PersistenceException("Exception [EclipseLink-4002]",
                refused))));
    }

    @Test
    void theServerShuttingDownTooManyConnectionsAndAClosedDatabaseAreUnavailability() {
        assertTrue(DatabaseUnavailable.among(new SQLException("terminating connection due to administrator command",
                "57P01")));
        assertTrue(DatabaseUnavailable.among(new SQLException("sorry, too many clients already", "53300")));
        assertTrue(DatabaseUnavailable.among(new SQLException(
                "FATAL: database \"clientbook\" is not currently accepting connections", "55000")));
    }

    @Test
    void thePoolsRefusalToAllocateAConnectionIsUnavailability() {
        assertTrue(DatabaseUnavailable.among(new RuntimeException(new ResourceAllocationException("pool exhausted"))));
        assertTrue(DatabaseUnavailable.among(new SQLException(
                "Error in allocating a connection. Cause: Connection could not be allocated")));
    }

    @Test
    void otherDatabaseErrorsAndOurOwnFaultsAreNot() {
        assertFalse(DatabaseUnavailable.among(new PersistenceException(new SQLException("duplicate key", "23505"))));
        assertFalse(DatabaseUnavailable.among(new SQLException("object_not_in_prerequisite_state", "55000")));
        assertFalse(DatabaseUnavailable.among(new IllegalStateException("a bug")));
        assertFalse(DatabaseUnavailable.among(new ConnectException("SMTP refused"))); // only through the database
    }
}
