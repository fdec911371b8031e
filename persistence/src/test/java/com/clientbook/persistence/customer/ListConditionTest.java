package com.clientbook.persistence.customer;

import org.junit.jupiter.api.Test;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** One condition, two renderings: the list's JPQL through SQL() and the dashboard's count statement over "r". */
class ListConditionTest {

    private final ListCondition banned = new ListCondition(
            "{banned_at} is not null and ({banned_until} is null or {banned_until} >= ?)", LocalDate.parse("2026-12-08"));

    @Test
    void inTheListsJpqlEachColumnIsTheEntitysAttributeAndEachValueANamedParameter() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("vendorId", 7L);
        assertEquals("sql('? is not null and (? is null or ? >= ?)', r.bannedAt, r.bannedUntil, r.bannedUntil, :condition1)",
                banned.jpql(parameters));
        assertEquals(Date.valueOf("2026-12-08"), parameters.get("condition1"));
    }

    @Test
    void inTheCountStatementEachColumnIsTheRelationshipsAndEachValueThePositionalParameterAfterThoseBefore() {
        List<Object> bind = new ArrayList<>(List.of(7L));
        ListCondition moved = new ListCondition("{id} in (select mi.relationship_id from invitation mi where mi.vendor_id = ?"
                + " and mi.sent_at >= ?)", 7L, Instant.parse("2026-12-01T10:00:00Z"));
        assertEquals("r.id in (select mi.relationship_id from invitation mi where mi.vendor_id = ?2 and mi.sent_at >= ?3)",
                moved.sql(bind));
        assertEquals("r.banned_at is not null and (r.banned_until is null or r.banned_until >= ?4)", banned.sql(bind));
        assertEquals(List.of(7L, 7L, Timestamp.from(Instant.parse("2026-12-01T10:00:00Z")), Date.valueOf("2026-12-08")), bind);
    }

    @Test
    void theOppositeConditionIsTheSameNegated() {
        ListCondition located = new ListCondition("{customer_id} in (select ml.company_id from delivery_location ml)");
        assertEquals("not (r.customer_id in (select ml.company_id from delivery_location ml))",
                located.negated().sql(new ArrayList<>()));
        assertEquals("sql('not (? in (select ml.company_id from delivery_location ml))', r.customerId)",
                located.negated().jpql(new LinkedHashMap<>()));
    }

    @Test
    void aConditionQuotesNothingNamesOnlyKnownColumnsOutsideSubqueriesAndHasAValueForEachPlaceholder() {
        assertThrows(IllegalArgumentException.class, () -> new ListCondition("{customer_number} = 'K-1'"));
        assertThrows(IllegalArgumentException.class, () -> new ListCondition("{password} is null"));
        assertThrows(IllegalArgumentException.class, () -> new ListCondition("{created_at} >= ?"));
        assertThrows(IllegalArgumentException.class, () -> new ListCondition("{route_stops} = 0", 1));
        // inside a subquery EclipseLink's unqualified column would be the subquery's own
        assertThrows(IllegalArgumentException.class, () -> new ListCondition(
                "exists (select 1 from invitation i where i.relationship_id = {id})"));
    }
}
