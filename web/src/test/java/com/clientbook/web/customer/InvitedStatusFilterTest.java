package com.clientbook.web.customer;

import com.clientbook.domain.customer.CustomerQuery;
import org.junit.jupiter.api.Test;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.MatchMode;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The list's status filter: Invited and Prospect are both "nobody registered", told apart by a pending invitation. */
class InvitedStatusFilterTest {

    @Test
    void invitedMeansNotRegisteredWithAPendingInvitation() {
        CustomerQuery query = byStatus("INVITED");
        assertEquals(false, query.registered());
        assertEquals(true, query.invited());
    }

    @Test
    void prospectMeansNotRegisteredAndNotInvited() {
        CustomerQuery query = byStatus("PROSPECT");
        assertEquals(false, query.registered());
        assertEquals(false, query.invited());
    }

    @Test
    void registeredAsksNothingOfInvitations() {
        CustomerQuery query = byStatus("REGISTERED");
        assertEquals(true, query.registered());
        assertNull(query.invited());
    }

    private static CustomerQuery byStatus(String status) {
        return CustomerListModel.query(Map.of("status", FilterMeta.builder().field("status").filterValue(status)
                .matchMode(MatchMode.EXACT).build()), Map.of(), 0, 25, false);
    }
}
