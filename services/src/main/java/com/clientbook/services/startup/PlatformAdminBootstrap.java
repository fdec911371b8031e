package com.clientbook.services.startup;

import com.clientbook.domain.company.Company;
import com.clientbook.domain.company.CompanyKind;
import com.clientbook.domain.user.Role;
import com.clientbook.domain.user.User;
import com.clientbook.persistence.company.CompanyRepository;
import com.clientbook.persistence.operations.ServerLocks;
import com.clientbook.persistence.user.UserRepository;
import com.clientbook.services.user.PasswordHasher;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Creates the first platform administrator from {@code CLIENTBOOK_ADMIN_EMAIL} and
 * {@code CLIENTBOOK_ADMIN_PASSWORD} when the platform has none; does nothing once one exists.
 */
@Stateless
public class PlatformAdminBootstrap {

    static final String OPERATOR_COMPANY = "Clientbook platform";
    private static final Logger LOG = Logger.getLogger(PlatformAdminBootstrap.class.getName());

    @Inject
    ServerLocks serverLocks;

    @Inject
    UserRepository users;

    @Inject
    CompanyRepository companies;

    @Inject
    PasswordHasher passwords;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "clientbook.admin.email")
    Optional<String> email;

    @Inject
    @ConfigProperty(name = "clientbook.admin.password")
    Optional<String> password;

    public void createIfNone() {
        // servers deploying on a fresh database at the same moment: one creates, the others then find it there
        serverLocks.holdUntilCommit(ServerLocks.START_UP);
        if (users.existsWithRole(Role.PLATFORM_ADMIN)) {
            return;
        }
        if (email.isEmpty() || password.isEmpty()) {
            LOG.warning("There is no platform administrator; set CLIENTBOOK_ADMIN_EMAIL and CLIENTBOOK_ADMIN_PASSWORD to create one.");
            return;
        }
        var now = clock.instant();
        Company operator = companies.findByName(CompanyKind.VENDOR, OPERATOR_COMPANY)
                .orElseGet(() -> companies.add(Company.platformOperator(OPERATOR_COMPANY, now)));
        User admin = users.add(new User(operator, Role.PLATFORM_ADMIN, email.get(), "Platform", "Administrator", now));
        admin.setPassword(passwords.hash(password.get()));
        LOG.info(() -> "Created the first platform administrator, " + email.get());
    }
}
