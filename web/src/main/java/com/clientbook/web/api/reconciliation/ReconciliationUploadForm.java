package com.clientbook.web.api.reconciliation;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The parts of a multipart {@code POST /reconciliations} as the OpenAPI document describes them; {@link
 * ReconciliationsResource#upload} reads the parts themselves. Never built.
 */
@Schema(name = "ReconciliationUpload", description = "The ERP's customer list and, optionally, which of its columns hold "
        + "what (the header's text); without them the vendor's last mapping, else the headers' names", requiredProperties = "file")
record ReconciliationUploadForm(
        @Schema(type = SchemaType.STRING, format = "binary", description = "CSV or .xlsx with one sheet and a header row; "
                + "at most 100,000 rows and 30 MB") String file,
        @Schema(description = "The header of the column with the customer number", example = "Debitor") String customerNumber,
        @Schema(description = "The header of the column with the name") String name,
        @Schema(description = "The header of the column with the e-mail address") String email,
        @Schema(description = "The header of the column with the postal code") String postalCode,
        @Schema(description = "The header of the column with the city") String city) {
}
