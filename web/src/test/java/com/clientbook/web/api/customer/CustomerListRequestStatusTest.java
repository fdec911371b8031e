package com.clientbook.web.api.customer;

import com.clientbook.domain.shared.InvalidInputException;
import com.clientbook.domain.customer.CustomerQuery;
import com.clientbook.services.customer.CustomerStatus;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The status and banned parameters of {@code GET /customers}, without a server. */
class CustomerListRequestStatusTest {

    @Test
    void eachRelationshipStatusNarrowsTheQuery() {
        CustomerQuery ordered = request("has_ordered", null, null).toQuery();
        assertEquals(Boolean.TRUE, ordered.ordered());
        assertNull(ordered.registered());

        CustomerQuery registered = request("REGISTERED", null, null).toQuery();
        assertEquals(Boolean.TRUE, registered.registered());
        assertEquals(Boolean.FALSE, registered.ordered(), "a customer that ordered is no longer Registered");

        CustomerQuery prospect = request("Prospect", null, null).toQuery();
        assertEquals(Boolean.FALSE, prospect.registered());
        assertEquals(Boolean.FALSE, prospect.ordered());
    }

    @Test
    void requestedAndRejectedAreAccessRequestsNotANarrowedQuery() {
        assertEquals(CustomerStatus.REQUESTED, request("requested", null, null).statusFilter());
        assertFalse(CustomerStatus.REJECTED.isRelationship());
        CustomerQuery query = request("REJECTED", null, null).toQuery();
        assertNull(query.registered());
        assertNull(query.ordered());
    }

    @Test
    void aBadStatusIsNamedTogetherWithTheOtherBadParameters() {
        var both = assertThrows(InvalidInputException.class, () -> new CustomerListRequest(null, null, null, null, null, null,
                null, null, null, "MAYBE", "yesterday", null).toQuery());
        assertEquals(java.util.List.of("status", "updatedSince"), both.errors().stream().map(e -> e.field()).toList());
    }

    @Test
    void anUnknownStatusOrBannedValueIsNamedAtItsField() {
        var status = assertThrows(InvalidInputException.class, () -> request("ASLEEP", null, null).toQuery());
        assertEquals("status", status.errors().get(0).field());
        var banned = assertThrows(InvalidInputException.class, () -> request(null, "maybe", null).toQuery());
        assertEquals("banned", banned.errors().get(0).field());
    }

    @Test
    void bannedCustomersAreLeftOutUnlessAskedForOrSyncingChanges() {
        assertEquals(CustomerQuery.BanFilter.NOT_BANNED, request(null, null, null).toQuery().bans());
        assertEquals(CustomerQuery.BanFilter.BANNED, request(null, "true", null).toQuery().bans());
        assertEquals(CustomerQuery.BanFilter.ALL, request(null, "ALL", null).toQuery().bans());
        assertEquals(CustomerQuery.BanFilter.ALL, request(null, null, "2026-11-01T00:00:00Z").toQuery().bans(),
                "a delta sync sees who was banned");
        assertEquals(CustomerQuery.BanFilter.NOT_BANNED, request(null, "false", "2026-11-01T00:00:00Z").toQuery().bans());
        assertTrue(request(null, null, null).toQuery().today() == null, "the service decides what today is");
    }

    @Test
    void theRouteFilterIsARouteIdOrNoneAndAnythingElseIsNamedAtItsField() {
        assertNull(route(null).toQuery().route());
        assertEquals(CustomerQuery.RouteFilter.on(42), route(" 42 ").toQuery().route());
        assertTrue(route("NONE").toQuery().route().none());
        var bad = assertThrows(InvalidInputException.class, () -> route("R1").toQuery());
        assertEquals("route", bad.errors().get(0).field());
    }

    @Test
    void theDeliveryDaysFilterIsNoneOrSomeAndAnythingElseIsNamedAtItsField() {
        assertNull(deliveryDays(null).toQuery().deliveryDays());
        assertEquals(Boolean.FALSE, deliveryDays(" None ").toQuery().deliveryDays());
        assertEquals(Boolean.TRUE, deliveryDays("some").toQuery().deliveryDays());
        var bad = assertThrows(InvalidInputException.class, () -> deliveryDays("never").toQuery());
        assertEquals("deliveryDays", bad.errors().get(0).field());
    }

    private static CustomerListRequest deliveryDays(String value) {
        return new CustomerListRequest(null, null, null, null, null, null, null, null, null, null, null, null, null, value);
    }

    private static CustomerListRequest route(String route) {
        return new CustomerListRequest(null, null, null, null, null, null, null, null, null, null, null, null, route);
    }

    private static CustomerListRequest request(String status, String banned, String updatedSince) {
        return new CustomerListRequest(null, null, null, null, null, null, null, null, null, status, updatedSince, banned);
    }
}
