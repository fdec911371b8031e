package com.clientbook.services.apikey;

import com.clientbook.domain.shared.InvalidInputException;
import com.clientbook.domain.shared.NotFoundException;
import com.clientbook.domain.shared.NotPermittedException;
import com.clientbook.domain.user.Role;
import com.clientbook.services.ServicesDeployment;
import com.clientbook.services.TestData;
import com.clientbook.services.shared.Actor;
import com.clientbook.services.shared.Secrets;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A vendor's API keys inside Payara Micro, on PostgreSQL: issuing, authenticating, revoking, and who may manage them.
 * A deployment of its own (about 15 s of the suite), because the feature has no other in-container tests.
 */
@ExtendWith(ArquillianExtension.class)
class ApiKeysIT {

    @Deployment
    static WebArchive deployment() {
        return ServicesDeployment.war();
    }

    @Inject
    ApiKeyService apiKeys;

    @Inject
    ApiKeyCache cache;

    @Inject
    TestData data;

    @Test
    void anIssuedKeyAuthenticatesAsItsVendor() {
        Actor admin = data.newVendorAdmin();

        IssuedApiKey issued = apiKeys.issue(admin, new NewApiKey("  ERP production  "));

        assertEquals("ERP production", issued.name());
        assertTrue(issued.secret().startsWith(issued.prefix()), "the prefix is the secret's beginning");
        assertTrue(issued.secret().length() >= 3 + 43, "cb_ and 256 random bits: " + issued.secret());
        Actor caller = apiKeys.authenticate(issued.secret()).orElseThrow();
        assertEquals(admin.companyId(), caller.companyId());
        assertEquals(Role.VENDOR_STAFF, caller.role());
        assertTrue(apiKeys.authenticate(issued.secret() + "x").isEmpty());
        List<ApiKeyView> listed = apiKeys.list(admin);
        assertEquals(List.of(issued.id()), listed.stream().map(ApiKeyView::id).toList());
        assertTrue(listed.get(0).active());
        assertEquals(List.of("API_KEY_ISSUED: ERP production (" + issued.prefix() + "…) by " + admin.label()),
                data.historyOfCompany(admin.companyId()));
    }

    @Test
    void theStoredKeyHoldsOnlyTheHashOfItsSecret() {
        IssuedApiKey issued = apiKeys.issue(data.newVendorAdmin(), new NewApiKey("Accounting"));

        List<String> row = data.storedApiKey(issued.id());

        assertTrue(row.contains(Secrets.hash(issued.secret())), row.toString());
        String secretWithoutPrefix = issued.secret().substring(issued.prefix().length());
        assertTrue(row.stream().noneMatch(column -> column.contains(secretWithoutPrefix)), row.toString());
    }

    @Test
    void aRevokedKeyAuthenticatesNobodyAndRevokingAgainIsHarmless() {
        Actor admin = data.newVendorAdmin();
        IssuedApiKey issued = apiKeys.issue(admin, new NewApiKey("Old ERP"));
        IssuedApiKey other = apiKeys.issue(admin, new NewApiKey("Webshop"));

        ApiKeyView revoked = apiKeys.revoke(admin, issued.id());

        assertFalse(revoked.active());
        assertTrue(apiKeys.authenticate(issued.secret()).isEmpty());
        assertTrue(apiKeys.authenticate(other.secret()).isPresent(), "other keys keep working");
        assertEquals(revoked.revokedAt(), apiKeys.revoke(admin, issued.id()).revokedAt());
        assertEquals(List.of("API_KEY_ISSUED", "API_KEY_ISSUED", "API_KEY_REVOKED"),
                data.historyOfCompany(admin.companyId()).stream().map(e -> e.substring(0, e.indexOf(':'))).toList());
    }

    @Test
    void vendorStaffMayNotManageKeys() {
        Actor admin = data.newVendorAdmin();
        IssuedApiKey issued = apiKeys.issue(admin, new NewApiKey("ERP"));
        Actor staff = Actor.person(1, admin.companyId(), Role.VENDOR_STAFF, "Sam Staff");

        assertThrows(NotPermittedException.class, () -> apiKeys.issue(staff, new NewApiKey("Mine")));
        assertThrows(NotPermittedException.class, () -> apiKeys.revoke(staff, issued.id()));
        assertThrows(NotPermittedException.class, () -> apiKeys.list(staff));
        assertEquals(1, apiKeys.list(admin).size());
    }

    @Test
    void anotherVendorCannotSeeOrRevokeAKey() {
        Actor owner = data.newVendorAdmin();
        Actor other = data.newVendorAdmin();
        IssuedApiKey issued = apiKeys.issue(owner, new NewApiKey("Private ERP"));

        assertThrows(NotFoundException.class, () -> apiKeys.revoke(other, issued.id()));
        assertTrue(apiKeys.list(other).isEmpty());
        assertTrue(apiKeys.authenticate(issued.secret()).isPresent());
        assertThrows(NotFoundException.class, () -> apiKeys.revoke(owner, Long.MAX_VALUE));
    }

    @Test
    void aKeyNeedsANameOfAtMostAHundredCharacters() {
        Actor admin = data.newVendorAdmin();

        InvalidInputException blank = assertThrows(InvalidInputException.class, () -> apiKeys.issue(admin, new NewApiKey(" ")));
        InvalidInputException tooLong = assertThrows(InvalidInputException.class,
                () -> apiKeys.issue(admin, new NewApiKey("n".repeat(101))));

        assertEquals("name", blank.field());
        assertEquals("name", tooLong.field());
        assertTrue(apiKeys.list(admin).isEmpty());
        assertEquals(100, apiKeys.issue(admin, new NewApiKey("n".repeat(100))).name().length());
    }

    @Test
    void theApiStopsAcceptingAKeyRevokedHereAtOnceAndOneRevokedOnAnotherServerWithinASecond() throws InterruptedException {
        Actor admin = data.newVendorAdmin();
        IssuedApiKey here = apiKeys.issue(admin, new NewApiKey("Revoked here"));
        IssuedApiKey elsewhere = apiKeys.issue(admin, new NewApiKey("Revoked elsewhere"));
        assertTrue(cache.authenticate(here.secret()).isPresent(), "read and remembered");
        assertTrue(cache.authenticate(elsewhere.secret()).isPresent(), "read and remembered");

        apiKeys.revoke(admin, here.id());
        assertTrue(cache.authenticate(here.secret()).isEmpty(), "revoked on this server: refused at once");

        data.revokeApiKeyElsewhere(elsewhere.id());
        long revokedAt = System.nanoTime();
        while (cache.authenticate(elsewhere.secret()).isPresent()) {
            assertTrue(System.nanoTime() - revokedAt < 1_000_000_000L, "still accepted a second after it was revoked");
            Thread.sleep(20);
        }
        assertTrue(cache.authenticate(elsewhere.secret()).isEmpty(), "refused from then on");
    }
}
