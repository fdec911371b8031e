package com.clientbook.domain.reconciliation;

import java.time.Instant;
import java.util.List;

/**
 * One line of a reconciliation's report: the file's row (when the finding has one) beside the customer in Clientbook
 * (when it has one), as both were when the report was made.
 *
 * @param id               the finding's id, by which a proposal is accepted
 * @param rowNumber        the file's row, as a spreadsheet numbers it (header = 1); null for a customer alone
 * @param customerId       the customer (the vendor's relationship) in Clientbook; null for a row alone
 * @param customerNumber   the file's number (a proposal's number to assign); for UNKNOWN_NUMBER Clientbook's
 * @param clientbookNumber the customer's number in Clientbook when the report was made
 * @param differences      of a match: {@code name}, {@code email}, {@code address}, where the file differs
 * @param score            of a proposal: 0..1, higher is more certain
 * @param emailEqual       of a proposal: the e-mail addresses are equal
 * @param nameSimilarity   of a proposal: how similar the names are (pg_trgm similarity of the names without legal form)
 * @param samePostalCode   of a proposal: the postal codes are equal
 * @param acceptedAt       of a proposal: when it was accepted (its number assigned), or null
 */
public record Finding(long id, FindingKind kind, Integer rowNumber, Long customerId, String customerNumber,
                      String erpName, String erpEmail, String erpPostalCode, String erpCity,
                      String companyName, String companyEmail, String companyPostalCode, String companyCity,
                      String clientbookNumber, List<String> differences, Double score, Boolean emailEqual,
                      Double nameSimilarity, Boolean samePostalCode, Instant acceptedAt) {

    public Finding {
        differences = differences == null ? List.of() : List.copyOf(differences);
    }

    public boolean accepted() {
        return acceptedAt != null;
    }
}
