package com.clientbook.services.reconciliation;

import com.clientbook.domain.reconciliation.Finding;
import com.clientbook.domain.reconciliation.FindingKind;
import com.clientbook.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The mapping of an ERP file's columns, and how a proposal's reason is worded. */
class ErpColumnsTest {

    @Test
    void columnsAreGuessedFromTheHeadersAnImportKnowsAndTheRememberedMappingWins() {
        List<String> header = List.of("Kundennr.", "Firma", "E-Mail", "PLZ", "Ort", "Debitor");
        assertEquals(List.of(0, 1, 2, 3, 4), ErpColumns.guess(header, Optional.empty()).positions());
        List<String> remembered = Arrays.asList("Debitor", null, "E-Mail", null, null);
        assertEquals(List.of(5, 1, 2, 3, 4), ErpColumns.guess(header, Optional.of(remembered)).positions());
    }

    @Test
    void aMappingWithoutNumberOrWithAColumnTwiceIsRefusedPerField() {
        List<String> header = List.of("Nummer", "Name");
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> new ErpColumns(List.of(-1, 1, 1, -1, 7)).requireValidFor(header));
        assertEquals(List.of("columns.customerNumber", "columns.email", "columns.city"),
                refused.errors().stream().map(InvalidInputException.FieldError::field).toList());
    }

    @Test
    void aProposalsReasonIsSaidInWords() {
        Finding byName = proposal(false, 0.86, true);
        assertEquals("name 0.86 similar, same postal code", ReconciliationTexts.english().reason(byName));
        assertEquals("Name 0,86 ähnlich, gleiche Postleitzahl", ReconciliationTexts.in(Locale.GERMAN).reason(byName));
        assertEquals("e-mail equal, name equal", ReconciliationTexts.english().reason(proposal(true, 1.0, false)));
    }

    private static Finding proposal(boolean emailEqual, double similarity, boolean samePostalCode) {
        return new Finding(1, FindingKind.PROPOSAL, 2, 3L, "K-1", "Krone", null, null, null, "Krone", null, null, null, null,
                List.of(), emailEqual ? 1.0 : similarity, emailEqual, similarity, samePostalCode, null);
    }
}
