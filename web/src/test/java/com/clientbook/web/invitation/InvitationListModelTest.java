package com.clientbook.web.invitation;

import com.clientbook.domain.invitation.InvitationStatus;
import org.junit.jupiter.api.Test;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.MatchMode;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class InvitationListModelTest {

    @Test
    void theStatusFilterNamesOneStatusOrNone() {
        assertEquals(InvitationStatus.EXPIRED, InvitationListModel.status(Map.of("status", filter("EXPIRED"))));
        assertNull(InvitationListModel.status(Map.of()));
        assertNull(InvitationListModel.status(Map.of("status", filter("SOMETHING"))), "an unknown value shows all");
    }

    private static FilterMeta filter(String value) {
        return FilterMeta.builder().field("status").filterValue(value).matchMode(MatchMode.EXACT).build();
    }
}
