package com.clientbook.web.customer;

import com.clientbook.domain.customer.CustomerQuery;
import com.clientbook.domain.customer.CustomerSort;
import org.junit.jupiter.api.Test;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.MatchMode;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CustomerListModelTest {

    @Test
    void anUntouchedTableShowsTheNewestCustomersFirst() {
        CustomerQuery query = CustomerListModel.query(Map.of(), Map.of(), 0, 25, false);

        assertEquals(CustomerSort.CREATED_AT, query.sort());
        assertFalse(query.ascending());
        assertEquals(0, query.page());
        assertEquals(25, query.size());
        assertNull(query.name());
    }

    @Test
    void theTablesFirstRowBecomesAPageNumber() {
        assertEquals(2, CustomerListModel.query(Map.of(), Map.of(), 50, 25, false).page());
        assertEquals(1, CustomerListModel.query(Map.of(), Map.of(), 100, 100, false).page());
    }

    @Test
    void columnSortAndFiltersBecomeTheQuerysSortAndFilters() {
        var sortBy = Map.of("city", SortMeta.builder().field("city").order(SortOrder.ASCENDING).build());
        var filterBy = Map.of(
                "companyName", filter("companyName", "adler"),
                "customerNumber", filter("customerNumber", "A-00"),
                "city", filter("city", "  "));

        CustomerQuery query = CustomerListModel.query(filterBy, sortBy, 0, 25, false);

        assertEquals(CustomerSort.CITY, query.sort());
        assertTrue(query.ascending());
        assertEquals("adler", query.name());
        assertEquals("A-00", query.customerNumber());
        assertNull(query.city(), "a blank filter filters nothing");
    }

    @Test
    void eachSortableColumnHasItsSort() {
        assertEquals(CustomerSort.COMPANY_NAME, sortedBy("companyName").sort());
        assertEquals(CustomerSort.CUSTOMER_NUMBER, sortedBy("customerNumber").sort());
        assertEquals(CustomerSort.CREATED_AT, sortedBy("createdAt").sort());
        assertFalse(sortedBy("createdAt").ascending());
    }

    @Test
    void theNoCustomerNumberChoiceAsksOnlyForCustomersWithoutOne() {
        assertTrue(CustomerListModel.query(Map.of(), Map.of(), 0, 25, true).withoutCustomerNumber());
        assertFalse(CustomerListModel.query(Map.of(), Map.of(), 0, 25, false).withoutCustomerNumber());
    }

    @Test
    void aPageLargerThanTheServiceAllowsIsCapped() {
        assertEquals(CustomerQuery.MAX_PAGE_SIZE, CustomerListModel.query(Map.of(), Map.of(), 0, 1000, false).size());
    }

    private static CustomerQuery sortedBy(String field) {
        return CustomerListModel.query(Map.of(),
                Map.of(field, SortMeta.builder().field(field).order(SortOrder.DESCENDING).build()), 0, 25, false);
    }

    private static FilterMeta filter(String field, String value) {
        return FilterMeta.builder().field(field).filterValue(value).matchMode(MatchMode.CONTAINS).build();
    }
}
