package com.clientbook.web.api.reconciliation;

import com.clientbook.services.reconciliation.ErpValues;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The ERP's customer list sent as JSON. */
@Schema(name = "NewReconciliation", requiredProperties = "rows")
public record NewReconciliationJson(
        @Schema(description = "A name for the list, shown as the file name", example = "erp-2026-12-07") String source,
        @Schema(type = SchemaType.ARRAY, implementation = ErpCustomer.class,
                description = "The ERP's customers, at most 100,000") List<ErpCustomer> rows) {

    @Schema(name = "ReconciliationErpCustomer", requiredProperties = {"customerNumber", "name"})
    public record ErpCustomer(String customerNumber, String name, String email, String postalCode, String city) {

        ErpValues values() {
            return new ErpValues(customerNumber, name, email, postalCode, city);
        }
    }
}
