package com.clientbook.persistence.user;

import com.clientbook.domain.company.Company;
import com.clientbook.domain.user.Role;
import com.clientbook.domain.user.User;
import com.clientbook.persistence.TestDatabase;
import com.clientbook.persistence.company.CompanyRepository;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Instant;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UserRepositoryIT {

    @RegisterExtension
    static final TestDatabase database = new TestDatabase();

    @Test
    void emailIsUniqueAcrossCompaniesWhateverItsCase() {
        String local = "anna." + UUID.randomUUID();
        database.runInTransaction(em -> person(em, local + "@Example.com"));

        PersistenceException refused = assertThrows(PersistenceException.class,
                () -> database.runInTransaction(em -> person(em, local.toUpperCase() + "@example.COM")));

        assertTrue(String.valueOf(rootCause(refused).getMessage()).contains("app_user_email_uq"), refused.toString());
    }

    @Test
    void aPersonIsFoundByEmailTrimmedAndWhateverItsCase() {
        String email = "ben." + UUID.randomUUID() + "@example.com";
        long id = database.inTransaction(em -> person(em, email).id());

        database.runInTransaction(em ->
                assertEquals(id, new UserRepository(em).findByEmail("  " + email.toUpperCase() + " ").orElseThrow().id()));
    }

    @Test
    void anUnknownOrBlankEmailFindsNobody() {
        database.runInTransaction(em -> {
            UserRepository users = new UserRepository(em);
            assertTrue(users.findByEmail("nobody." + UUID.randomUUID() + "@example.com").isEmpty());
            assertTrue(users.findByEmail("   ").isEmpty());
        });
    }

    @Test
    void aSettingIsKeptPerPersonAndTheLaterSaveWins() {
        long anna = database.inTransaction(em -> person(em, "anna." + UUID.randomUUID() + "@example.com").id());
        long ben = database.inTransaction(em -> person(em, "ben." + UUID.randomUUID() + "@example.com").id());

        database.runInTransaction(em -> new UserSettingRepository(em).put(anna, "customers.pageSize", "50", Instant.now()));
        database.runInTransaction(em -> new UserSettingRepository(em).put(anna, "customers.pageSize", "100", Instant.now()));

        database.runInTransaction(em -> {
            UserSettingRepository settings = new UserSettingRepository(em);
            assertEquals("100", settings.find(anna, "customers.pageSize").orElseThrow());
            assertTrue(settings.find(ben, "customers.pageSize").isEmpty());
            assertTrue(settings.find(anna, "customers.columns").isEmpty());
        });
    }

    /** A vendor admin in a vendor of their own, so only the e-mail address can collide. */
    private static User person(EntityManager em, String email) {
        Company vendor = new CompanyRepository(em).add(Company.vendor("Vendor " + UUID.randomUUID(), null, Instant.now()));
        return new UserRepository(em).add(new User(vendor, Role.VENDOR_ADMIN, email, "Anna", "Admin", Instant.now()));
    }

    private static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
