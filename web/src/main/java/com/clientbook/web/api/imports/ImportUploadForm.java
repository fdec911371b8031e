package com.clientbook.web.api.imports;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The parts of {@code POST /imports} as the OpenAPI document describes them, so that generated clients send a file
 * part; {@link ImportsResource#upload} reads the parts themselves. Never built.
 */
@Schema(name = "ImportUpload", description = "The file and the import's options, as multipart/form-data parts",
        requiredProperties = "file")
record ImportUploadForm(
        @Schema(type = SchemaType.STRING, format = "binary", description = "CSV (UTF-8 or Windows-1252; comma, semicolon "
                + "or tab) or .xlsx with one sheet; a header row (customers: at least company name and email; schedules: customer "
                + "number and delivery day or route code; products: article number, name, unit and pack size); at most "
                + "100,000 rows and 30 MB") String file,
        @Schema(enumeration = {"customers", "schedules", "products"}, defaultValue = "customers", description = "What the "
                + "file holds: customers, delivery schedules and route stops of customers' delivery locations, or the "
                + "vendor's products") String kind,
        @Schema(description = "true (the default): only plan and report, write no customer; false: import") Boolean dryRun,
        @Schema(description = "false (the default): import every valid row; true: nothing while any row has an error")
        Boolean allOrNothing,
        @Schema(description = "true: e-mail each new customer's person a link to set a password; false (the default)")
        Boolean sendInvitations,
        @Schema(description = "Comma-separated labels added to every imported customer", example = "import-2026,north")
        String labels) {
}
