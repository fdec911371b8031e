package com.clientbook.web.api.reconciliation;

import com.clientbook.domain.reconciliation.Finding;
import com.clientbook.domain.reconciliation.FindingKind;
import com.clientbook.services.reconciliation.ReconciliationTexts;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** One finding of a reconciliation: the file's row beside the customer in Clientbook. */
@Schema(name = "ReconciliationFinding")
public record FindingJson(
        @Schema(description = "The finding's id; a proposal is accepted by it") long id,
        FindingKind kind,
        @Schema(description = "The file's row (header = 1); absent for a customer alone") Integer rowNumber,
        @Schema(description = "The file's values; absent for a customer alone") ErpSide erp,
        @Schema(description = "The customer in Clientbook as it was when the report was made; absent for a row alone")
        ClientbookSide customer,
        @Schema(type = SchemaType.ARRAY, implementation = String.class,
                description = "Of a match: name, email, address where the file differs") List<String> differences,
        @Schema(description = "Of a proposal: 0 to 1, higher is more certain") Double score,
        @Schema(description = "Of a proposal: why, in words, e.g. \"name 0.86 similar, same postal code\"") String reason,
        @Schema(description = "Of a proposal: whether it was accepted") Boolean accepted) {

    @Schema(name = "ReconciliationErpSide")
    public record ErpSide(String customerNumber, String name, String email, String postalCode, String city) {
    }

    @Schema(name = "ReconciliationCustomerSide")
    public record ClientbookSide(@Schema(description = "The customer's id, as in /customers/{id}") long id,
                                 String customerNumber, String companyName, String email, String postalCode, String city) {
    }

    static FindingJson of(Finding f) {
        boolean proposal = f.kind() == FindingKind.PROPOSAL;
        return new FindingJson(f.id(), f.kind(), f.rowNumber(),
                f.rowNumber() == null ? null : new ErpSide(f.customerNumber(), f.erpName(), f.erpEmail(), f.erpPostalCode(), f.erpCity()),
                f.customerId() == null ? null : new ClientbookSide(f.customerId(), f.kind() == FindingKind.UNKNOWN_NUMBER
                        ? f.customerNumber() : f.clientbookNumber(), f.companyName(), f.companyEmail(), f.companyPostalCode(), f.companyCity()),
                f.differences(), f.score(), proposal ? ReconciliationTexts.english().reason(f) : null, proposal ? f.accepted() : null);
    }
}
