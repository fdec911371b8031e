package com.clientbook.services.imports;

import com.clientbook.domain.imports.RowAction;
import com.clientbook.persistence.imports.ExistingCustomer;
import com.clientbook.persistence.imports.RowInContext;
import com.clientbook.persistence.imports.StagedRow;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The planner's rules, as its Javadoc lists them, on rows and database facts built by hand. */
class ImportPlannerTest {

    private static final long COMPANY = 10;
    private static final long RELATIONSHIP = 20;
    private static final long OTHER_COMPANY = 11;

    private final ImportPlanner planner = new ImportPlanner(List.of());

    @Test
    void anErrorFoundInTheFileStaysAnError() {
        StagedRow row = new StagedRow(2, List.of(), null, "a@example.com", null, List.of(), null, null, null, null, null,
                null, null, null, "company name", "company name: missing.");

        ImportPlanner.Plan plan = planner.plan(nothingKnown(row), Map.of());

        assertEquals(RowAction.ERROR, plan.action());
        assertEquals("company name", plan.errorColumn());
        assertEquals("company name: missing.", plan.message());
    }

    @Test
    void aVendorsAddressIsAnError() {
        ImportPlanner.Plan plan = planner.plan(new RowInContext(row("Bistro", "sales@vendor.example", null), null, null, null,
                OTHER_COMPANY, true, null), Map.of());

        assertEquals(RowAction.ERROR, plan.action());
        assertEquals("email", plan.errorColumn());
    }

    @Test
    void theVendorsNumberWithTheSameCompanysAddressUpdatesThatCustomer() {
        ImportPlanner.Plan plan = planner.plan(new RowInContext(row("Bistro", "a@example.com", "K-1", "gold"), RELATIONSHIP,
                COMPANY, "Bistro", COMPANY, false, RELATIONSHIP), Map.of(RELATIONSHIP, existing("K-1", List.of(), true)));

        assertEquals(RowAction.UPDATE, plan.action());
        assertEquals(List.of("gold"), plan.change().labelsToAdd());
        assertEquals(RELATIONSHIP, plan.relationshipId());
    }

    @Test
    void theVendorsNumberWithAnotherAddressIsAnError() {
        ImportPlanner.Plan plan = planner.plan(new RowInContext(row("Bistro", "new@example.com", "K-1"), RELATIONSHIP,
                COMPANY, "Bistro Alt", null, false, null), Map.of(RELATIONSHIP, existing("K-1", List.of(), true)));

        assertEquals(RowAction.ERROR, plan.action());
        assertEquals("customer number", plan.errorColumn());
        assertTrue(plan.message().contains("Bistro Alt"), plan.message());
    }

    @Test
    void anAddressOfTheVendorsCustomerUpdatesIt() {
        ImportPlanner.Plan plan = planner.plan(new RowInContext(row("Bistro Neu", "a@example.com", null), null, null, null,
                COMPANY, false, RELATIONSHIP), Map.of(RELATIONSHIP, existing(null, List.of(), true)));

        assertEquals(RowAction.UPDATE, plan.action());
        assertEquals("Bistro Neu", plan.change().name());
        assertEquals(List.of("name"), plan.history().stream().map(h -> h.field()).toList());
    }

    @Test
    void anAddressOfAnotherCustomerCompanyLinksIt() {
        ImportPlanner.Plan plan = planner.plan(new RowInContext(row("Bistro", "a@example.com", "K-9"), null, null, null,
                OTHER_COMPANY, false, null), Map.of());

        assertEquals(RowAction.LINK, plan.action());
        assertEquals(OTHER_COMPANY, plan.change().companyId());
        assertEquals("K-9", plan.change().customerNumber());
    }

    @Test
    void anythingElseCreatesANewCustomer() {
        ImportPlanner.Plan plan = planner.plan(nothingKnown(row("Bistro", "new@example.com", null)), Map.of());

        assertEquals(RowAction.CREATE, plan.action());
        assertNull(plan.change());
    }

    @Test
    void aSecondRowAboutTheSameCompanyInOneBatchIsAnError() {
        RowInContext first = new RowInContext(row("Bistro", "a@example.com", null), null, null, null, OTHER_COMPANY, false, null);
        RowInContext second = new RowInContext(new StagedRow(3, List.of(), "Bistro", "a@example.com", null, List.of(), null,
                null, null, null, null, null, null, null, null, null), null, null, null, OTHER_COMPANY, false, null);

        planner.plan(first, Map.of());
        ImportPlanner.Plan plan = planner.plan(second, Map.of());

        assertEquals(RowAction.ERROR, plan.action());
        assertTrue(ImportMessage.english(plan.message()).contains("row 2"), plan.message());
    }

    @Test
    void aCompanyNoLongerTheVendorsToCorrectKeepsItsValuesButTakesNumberAndLabels() {
        ImportPlanner.Plan plan = planner.plan(new RowInContext(row("Bistro Neu", "a@example.com", "K-2", "gold"), null, null,
                null, COMPANY, false, RELATIONSHIP), Map.of(RELATIONSHIP, existing("K-1", List.of(), false)));

        assertEquals(RowAction.UPDATE, plan.action());
        assertNull(plan.change().name());
        assertEquals("K-2", plan.change().customerNumber());
        assertEquals(List.of("customerNumber", "labels"), plan.history().stream().map(h -> h.field()).toList());
    }

    @Test
    void blankCellsKeepWhatIsThereSoTheSameFileTwiceChangesNothing() {
        ImportPlanner.Plan plan = planner.plan(new RowInContext(row(null, "a@example.com", null), null, null, null, COMPANY,
                false, RELATIONSHIP), Map.of(RELATIONSHIP, existing("K-1", List.of("gold"), true)));

        assertEquals(RowAction.UNCHANGED, plan.action());
        assertTrue(plan.history().isEmpty());
    }

    @Test
    void theImportsLabelsAreAddedToEveryRowsOwn() {
        ImportPlanner withLabels = new ImportPlanner(List.of("spring fair"));

        ImportPlanner.Plan plan = withLabels.plan(new RowInContext(row("Bistro", "a@example.com", null, "gold"), null, null,
                null, OTHER_COMPANY, false, null), Map.of());

        assertEquals(List.of("gold", "spring fair"), plan.change().labelsToAdd());
    }

    @Test
    void tooManyLabelsWithThoseTheCustomerHasAreAnErrorAtLabels() {
        List<String> twenty = java.util.stream.IntStream.range(0, 20).mapToObj(i -> "label " + i).toList();

        ImportPlanner.Plan plan = planner.plan(new RowInContext(row(null, "a@example.com", null, "one more"), null, null,
                null, COMPANY, false, RELATIONSHIP), Map.of(RELATIONSHIP, existing(null, twenty, true)));

        assertEquals(RowAction.ERROR, plan.action());
        assertEquals("labels", plan.errorColumn());
    }

    private static RowInContext nothingKnown(StagedRow row) {
        return new RowInContext(row, null, null, null, null, false, null);
    }

    private static StagedRow row(String companyName, String email, String customerNumber, String... labels) {
        return new StagedRow(2, List.of(), companyName, email, customerNumber, List.of(labels), null, null, null, null, null,
                null, null, null, null, null);
    }

    private static ExistingCustomer existing(String customerNumber, List<String> labels, boolean vendorOwned) {
        return new ExistingCustomer(RELATIONSHIP, COMPANY, customerNumber, labels, "Bistro", null, null, null, null, null,
                null, vendorOwned);
    }
}
