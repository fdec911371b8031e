package com.clientbook.services.imports;

import com.clientbook.domain.customer.CustomerRelationship;
import com.clientbook.domain.imports.RowAction;
import com.clientbook.persistence.customer.CustomerChange;
import com.clientbook.persistence.imports.ExistingCustomer;
import com.clientbook.persistence.customer.HistoryRow;
import com.clientbook.persistence.imports.RowInContext;
import com.clientbook.persistence.imports.StagedRow;

import com.clientbook.services.imports.ImportColumns.Column;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Decides, for each row of a batch, what the import does with it, from the row and what the database holds now
 * (docs/product-rules.md rules 1 and 2: never a duplicate company; link, don't copy):
 * <ol>
 *   <li>an error found in the row alone or against the file's other rows stays an error;</li>
 *   <li>an e-mail address of a vendor (its company or one of its people) is an error;</li>
 *   <li>a customer number the vendor uses already names that customer: with the same company's e-mail address the
 *       row updates it, with another address it is an error (the number is another customer's);</li>
 *   <li>an e-mail address of one of the vendor's customers updates that customer;</li>
 *   <li>an e-mail address of a customer company that is not the vendor's customer yet links it;</li>
 *   <li>anything else creates a new customer.</li>
 * </ol>
 * An update gives the file's customer number (a blank cell keeps the number), adds the file's labels and the
 * import's labels, and corrects the company's values only where the company is still the vendor's to correct
 * ({@link ExistingCustomer#vendorOwned()}); blank cells keep what is there. An update that changes nothing is
 * "unchanged", which is why importing the same file twice changes nothing the second time.
 */
final class ImportPlanner {

    private final List<String> importLabels;
    /** Companies a row of this batch already acts on, by company id: a second row for one is an error. */
    private final Map<Long, Integer> companiesInBatch = new HashMap<>();

    ImportPlanner(List<String> importLabels) {
        this.importLabels = importLabels;
    }

    /** What one row does; the change is set for LINK and UPDATE. */
    record Plan(StagedRow row, RowAction action, String errorColumn, String message, Long companyId, Long relationshipId,
                CustomerChange change, List<HistoryRow> history) {

        static Plan error(StagedRow row, String column, String message) {
            return new Plan(row, RowAction.ERROR, column, message, null, null, null, List.of());
        }
    }

    Plan plan(RowInContext in, Map<Long, ExistingCustomer> existing) {
        StagedRow row = in.row();
        if (row.fileError() != null) {
            return Plan.error(row, row.fileErrorColumn(), row.fileError());
        }
        if (in.emailCompanyVendor()) {
            return Plan.error(row, "email", ImportMessage.of("import.row.vendorsAddress", ImportMessage.name(Column.EMAIL.name()),
                    row.email()));
        }
        List<String> labels;
        List<String> wanted = Stream.concat(row.labels().stream(), importLabels.stream()).toList();
        try {
            labels = CustomerRelationship.normalizeLabels(wanted);
        } catch (IllegalArgumentException e) {
            return Plan.error(row, "labels", ImportMessage.of(ImportRow.labelsProblem(wanted),
                    ImportMessage.name(Column.LABELS.name()), ImportRow.labelsLimit(wanted)));
        }
        Long companyId = in.numberRelationshipId() != null ? in.numberCompanyId() : in.emailCompanyId();
        if (in.numberRelationshipId() != null && !Objects.equals(in.numberCompanyId(), in.emailCompanyId())) {
            return Plan.error(row, "customer number", ImportMessage.of("import.row.numberOfAnother",
                    ImportMessage.name(Column.CUSTOMER_NUMBER.name()), row.customerNumber(), in.numberCompanyName()));
        }
        if (companyId != null) {
            Integer earlier = companiesInBatch.putIfAbsent(companyId, row.rowNumber());
            if (earlier != null) {
                return Plan.error(row, "email", ImportMessage.of("import.row.sameCompany", ImportMessage.name(Column.EMAIL.name()),
                        earlier));
            }
        }
        Long relationshipId = in.numberRelationshipId() != null ? in.numberRelationshipId() : in.emailRelationshipId();
        if (relationshipId != null) {
            return update(row, existing.get(relationshipId), labels);
        }
        if (companyId != null) {
            return new Plan(row, RowAction.LINK, null, ImportMessage.of("import.row.link"),
                    companyId, null, new CustomerChange(0, companyId, row.customerNumber(), labels,
                    null, null, null, null, null, null, null), List.of());
        }
        return new Plan(row, RowAction.CREATE, null, ImportMessage.of("import.row.create"), null, null, null, List.of());
    }

    private Plan update(StagedRow row, ExistingCustomer customer, List<String> labels) {
        long relationship = customer.relationshipId();
        long company = customer.companyId();
        List<HistoryRow> history = new ArrayList<>();
        List<String> changed = new ArrayList<>();

        String number = null;
        if (row.customerNumber() != null && !Objects.equals(CustomerRelationship.comparableCustomerNumber(row.customerNumber()),
                CustomerRelationship.comparableCustomerNumber(customer.customerNumber()))) {
            number = row.customerNumber();
            history.add(HistoryRow.change(company, relationship, "customerNumber", customer.customerNumber(), number));
            changed.add(Column.CUSTOMER_NUMBER.name());
        }
        Set<String> present = customer.labels().stream().map(l -> l.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        List<String> toAdd = labels.stream().filter(l -> !present.contains(l.toLowerCase(Locale.ROOT))).toList();
        if (!toAdd.isEmpty()) {
            List<String> after;
            try {
                after = CustomerRelationship.normalizeLabels(Stream.concat(customer.labels().stream(), toAdd.stream()).toList());
            } catch (IllegalArgumentException e) {
                return Plan.error(row, "labels", ImportMessage.of("import.row.tooManyLabelsWithTheirs",
                        ImportMessage.name(Column.LABELS.name()), CustomerRelationship.LABELS_MAX));
            }
            history.add(HistoryRow.change(company, relationship, "labels",
                    customer.labels().isEmpty() ? null : String.join(", ", customer.labels()), String.join(", ", after)));
            changed.add(Column.LABELS.name());
        }
        CompanyValues values = new CompanyValues(company, relationship, history, changed, customer.vendorOwned());
        CustomerChange change = new CustomerChange(relationship, company, number, toAdd,
                values.change("name", customer.name(), row.companyName()),
                values.change("phone", customer.phone(), row.phone()),
                values.change("street", customer.street(), row.street()),
                values.change("postalCode", customer.postalCode(), row.postalCode()),
                values.change("city", customer.city(), row.city()),
                values.change("country", customer.country(), row.country()),
                values.change("language", customer.language(), row.language()));
        if (changed.isEmpty()) {
            return new Plan(row, RowAction.UNCHANGED, null, ImportMessage.of("import.row.unchanged"), company, relationship, null, List.of());
        }
        return new Plan(row, RowAction.UPDATE, null,
                ImportMessage.of("import.row.update", ImportMessage.name(String.join(",", changed))), company, relationship, change, history);
    }

    /** The company's values a row may correct: only on a company that is still the vendor's to correct. */
    private record CompanyValues(long company, long relationship, List<HistoryRow> history, List<String> changed,
                                 boolean allowed) {

        String change(String field, String current, String wanted) {
            if (!allowed || wanted == null || wanted.equals(current)) {
                return null;
            }
            history.add(HistoryRow.change(company, relationship, field, current, wanted));
            changed.add(field);
            return wanted;
        }
    }
}
