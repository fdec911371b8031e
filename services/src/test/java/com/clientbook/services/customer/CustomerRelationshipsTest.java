package com.clientbook.services.customer;

import com.clientbook.domain.audit.AuditEvent;
import com.clientbook.domain.company.Address;
import com.clientbook.domain.company.Company;
import com.clientbook.domain.customer.RelationshipOrigin;
import com.clientbook.domain.shared.InvalidInputException;
import com.clientbook.domain.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rules of starting a relationship that need no database: what the history says, and what a refusal says. */
class CustomerRelationshipsTest {

    private static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");

    private final Company vendor = stored(Company.vendor("Alpine Fresh Foods", null, NOW), 1L);
    private final Company customer = stored(Company.customer("Café Central", null, null, Address.empty(), NOW), 2L);

    @Test
    void eachOriginStartsTheHistoryWithItsOwnAction() {
        assertEquals("CUSTOMER_CREATED", CustomerRelationships.startedAction(RelationshipOrigin.CREATED));
        assertEquals("CUSTOMER_LINKED", CustomerRelationships.startedAction(RelationshipOrigin.LINKED));
        assertEquals("CUSTOMER_INVITED", CustomerRelationships.startedAction(RelationshipOrigin.INVITED));
        assertEquals("ACCESS_APPROVED", CustomerRelationships.startedAction(RelationshipOrigin.REQUESTED));
        Arrays.stream(RelationshipOrigin.values()).forEach(CustomerRelationships::startedAction);
    }

    @Test
    void historyNamesTheNumberAndTheLabelsTheRelationshipStartedWith() {
        RelationshipStart start = RelationshipStart.of(vendor, customer, RelationshipOrigin.LINKED, "Vera Vendor", NOW);

        List<AuditEvent> history = CustomerRelationships.history(10L, 2L, start, "K-1", List.of("gold", "north"));

        assertEquals(List.of("CUSTOMER_LINKED", "CHANGED", "CHANGED"), history.stream().map(AuditEvent::action).toList());
        assertEquals(List.of("customerNumber", "labels"), history.stream().skip(1).map(AuditEvent::field).toList());
        assertEquals(List.of("K-1", "gold, north"), history.stream().skip(1).map(AuditEvent::newValue).toList());
        assertTrue(history.stream().allMatch(e -> e.relationshipId() == 10L && e.companyId() == 2L
                && "Vera Vendor".equals(e.actor()) && NOW.equals(e.occurredAt())));
    }

    @Test
    void historyWithoutNumberOrLabelsHasOnlyTheStart() {
        RelationshipStart start = RelationshipStart.of(vendor, customer, RelationshipOrigin.CREATED, "Vera Vendor", NOW);

        assertEquals(List.of("CUSTOMER_CREATED"), CustomerRelationships.history(10L, 2L, start, null, List.of()).stream()
                .map(AuditEvent::action).toList());
    }

    @Test
    void aPairConnectedMeanwhileIsRefusedInTheVendorsWordsUnlessThePathSaysOtherwise() {
        RelationshipStart byVendor = RelationshipStart.of(vendor, customer, RelationshipOrigin.LINKED, "Vera", NOW);
        RelationshipStart byCustomer = RelationshipStart.of(vendor, customer, RelationshipOrigin.INVITED, "Chris", NOW)
                .refusingConnectedPairWith(() -> new RuleViolationException("invitation.alreadyConnected", null, "connected"));

        assertInstanceOf(AlreadyLinkedException.class,
                byVendor.refusalFor(CustomerRelationships.PAIR_UNIQUE_INDEX).orElseThrow());
        assertEquals("invitation.alreadyConnected",
                byCustomer.refusalFor(CustomerRelationships.PAIR_UNIQUE_INDEX).orElseThrow().messageKey());
    }

    @Test
    void aNumberTakenMeanwhileIsRefusedWithTheNumberAsStored() {
        RelationshipStart start = RelationshipStart.of(vendor, customer, RelationshipOrigin.CREATED, "Vera", NOW)
                .customerNumber(" K-1 ");

        CustomerNumberTakenException refused = assertInstanceOf(CustomerNumberTakenException.class,
                start.refusalFor(CustomerNumbers.UNIQUE_INDEX).orElseThrow());
        assertEquals("K-1", refused.arguments()[0]);
    }

    @Test
    void otherConstraintsAreRefusedOnlyWhenThePathNamesThem() {
        RelationshipStart start = RelationshipStart.of(vendor, customer, RelationshipOrigin.CREATED, "Vera", NOW)
                .refusingUniqueWith("app_user_email_uq", () -> new EmailAlreadyRegisteredException("a@example.com", null));

        assertInstanceOf(EmailAlreadyRegisteredException.class, start.refusalFor("app_user_email_uq").orElseThrow());
        assertFalse(start.refusalFor("some_other_uq").isPresent());
    }

    @Test
    void labelsAreStoredOnceEachAndSortedOrRefusedAtTheirField() {
        assertEquals(List.of("gold", "North"), CustomerLabels.normalize(List.of(" North ", "gold", "north", "")));

        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> CustomerLabels.normalize(List.of("x".repeat(51))));
        assertEquals("labels", refused.errors().get(0).field());
    }

    /** A company as the database hands it back, with its id. */
    private static Company stored(Company company, long id) {
        try {
            Field field = Company.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(company, id);
            return company;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
