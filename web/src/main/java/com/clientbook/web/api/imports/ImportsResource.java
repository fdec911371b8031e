package com.clientbook.web.api.imports;

import com.clientbook.domain.imports.ImportKind;
import com.clientbook.domain.shared.InvalidInputException;
import com.clientbook.domain.shared.InvalidInputException.FieldError;
import com.clientbook.services.imports.CustomerFile;
import com.clientbook.services.imports.ImportOptions;
import com.clientbook.services.imports.ImportService;
import com.clientbook.services.imports.ImportView;
import com.clientbook.web.api.ApiCaller;
import com.clientbook.web.api.ClientbookApi;
import com.clientbook.web.api.problem.Problem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The calling vendor's imports of customers, of delivery schedules and of products. An upload is stored and answered at once (202); the import runs in the
 * background, and {@code GET /imports/{id}} follows it. Another vendor's import is "not found".
 */
@Path("/imports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Imports", description = "Bulk import of customers, of delivery schedules and route stops, or of products, from CSV or "
        + "Excel files, with a dry run and a report per row")
public class ImportsResource {

    /** Room for the multipart envelope and the form fields around the file. */
    private static final long ENVELOPE = 64 * 1024;

    @Inject
    ImportService imports;

    @Inject
    ApiCaller caller;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(operationId = "uploadImport", summary = "Upload a customer, schedule or product file for a dry run or an import",
            description = "multipart/form-data with the part `file` (CSV in UTF-8 or Windows-1252, comma or semicolon; or "
                    + ".xlsx with one sheet; at most 100,000 rows and 30 MB) and the fields `kind` (`customers`, the "
                    + "default: a header row with at least `company name` and `email`; or `schedules`: delivery schedules "
                    + "and route stops of customers' delivery locations, a header row with `customer number` and "
                    + "`delivery day` or `route code`, see the user guide; or `products`: the vendor's products by "
                    + "article number, a header row with `article number`, `name`, `unit` and `pack size`), `dryRun` "
                    + "(`true`, the default, or `false`), "
                    + "`allOrNothing` (`false`: "
                    + "import every valid row; `true`: nothing while any row has an error), `sendInvitations` (`false`; "
                    + "`true` e-mails each new customer's person a link to set a password) and `labels` (comma-separated, "
                    + "added to every imported customer; both only for customers). The file is read and stored at once; "
                    + "the work runs in the background: follow it with GET /imports/{id}. A dry run writes nothing.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(implementation = ImportUploadForm.class)))
    @APIResponse(responseCode = "202", description = "Stored and started; Location is the import's address",
            headers = @Header(name = "Location", description = "The import's address", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ImportJson.class)))
    @APIResponse(responseCode = "400", description = "No part `file`, or a field that is not valid; errors name it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", ref = ClientbookApi.UNAUTHORIZED)
    @APIResponse(responseCode = "409", description = "Another real import of the vendor is still running",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The file was refused (too big, too many rows, binary, not CSV or "
            + ".xlsx, several sheets, no header with the columns its kind needs); errors[file] says why",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response upload(@Parameter(hidden = true) @HeaderParam("Content-Length") String contentLength,
                           List<EntityPart> parts) {
        requireReasonableSize(contentLength);
        Map<String, EntityPart> byName = byName(parts);
        EntityPart file = byName.get("file");
        if (file == null) {
            throw new InvalidInputException(List.of(new FieldError("file", "Send the customer file as the part \"file\".")));
        }
        ImportKind kind = kind(text(byName, "kind"));
        boolean dryRun = flag(byName, "dryRun", true);
        ImportOptions options = new ImportOptions(flag(byName, "allOrNothing", false), flag(byName, "sendInvitations", false),
                labels(text(byName, "labels")));
        byte[] content = content(file);
        ImportView started = imports.start(caller.actor(), kind, file.getFileName().orElse("upload"), content, dryRun, options);
        return Response.accepted(ImportJson.of(started))
                .location(uri.getAbsolutePathBuilder().path(String.valueOf(started.id())).build())
                .build();
    }

    @GET
    @Operation(operationId = "listImports", summary = "List the vendor's latest imports", description = "The 20 most recent, newest first.")
    @APIResponse(responseCode = "200", description = "The imports",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = ImportJson.class)))
    @APIResponse(responseCode = "401", ref = ClientbookApi.UNAUTHORIZED)
    public List<ImportJson> recent() {
        return imports.recent(caller.actor(), 20).stream().map(ImportJson::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getImport", summary = "Follow an import",
            description = "Status QUEUED, RUNNING, DONE or FAILED; progress; rows per outcome (planned, for a dry run). "
                    + "FAILED says why in message: an all-or-nothing import with errors, or a batch that failed twice.")
    @APIResponse(responseCode = "200", description = "The import", content = @Content(schema = @Schema(implementation = ImportJson.class)))
    @APIResponse(responseCode = "401", ref = ClientbookApi.UNAUTHORIZED)
    @APIResponse(responseCode = "404", description = "No such import of the calling vendor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ImportJson get(@Parameter(description = "The import's id") @PathParam("id") long id) {
        return ImportJson.of(imports.get(caller.actor(), id));
    }

    @GET
    @Path("{id}/report")
    @Produces({"text/csv", MediaType.APPLICATION_JSON})
    @Operation(operationId = "getImportReport", summary = "Download an import's report",
            description = "CSV (UTF-8 with BOM): the file's header and rows as uploaded, plus the columns row, result "
                    + "(CREATE, LINK, UPDATE, UNCHANGED or ERROR; empty while not done) and message. A cell that a "
                    + "spreadsheet would read as a formula starts with a single quote.")
    @APIResponse(responseCode = "200", description = "The report", content = @Content(mediaType = "text/csv"))
    @APIResponse(responseCode = "401", ref = ClientbookApi.UNAUTHORIZED)
    @APIResponse(responseCode = "404", description = "No such import of the calling vendor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response report(@Parameter(description = "The import's id") @PathParam("id") long id) {
        var actor = caller.actor();
        imports.get(actor, id);
        StreamingOutput body = out -> imports.writeReport(actor, id, out);
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"import-" + id + "-report.csv\"")
                .build();
    }

    /** The parts of a multipart request by name; of two parts with one name, the first. */
    public static Map<String, EntityPart> byName(List<EntityPart> parts) {
        return parts.stream().collect(Collectors.toMap(EntityPart::getName, Function.identity(), (first, second) -> first));
    }

    /** An uploaded file's bytes, refused as soon as they pass the size limit of import files. */
    public static byte[] content(EntityPart file) {
        try (InputStream in = file.getContent()) {
            return CustomerFile.readLimited(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A request larger than any allowed file is refused by its length, before its body is read. */
    public static void requireReasonableSize(String contentLength) {
        if (contentLength == null) {
            return;
        }
        try {
            long length = Long.parseLong(contentLength.strip());
            if (length > CustomerFile.MAX_BYTES + ENVELOPE) {
                CustomerFile.requireSize(length);
            }
        } catch (NumberFormatException ignored) {
            // the container refuses a malformed length itself
        }
    }

    private static boolean flag(Map<String, EntityPart> parts, String name, boolean absent) {
        String value = text(parts, name);
        if (value == null || value.isBlank()) {
            return absent;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidInputException(List.of(new FieldError(name, "must be true or false")));
        };
    }

    /** What the file holds: customers unless said otherwise, so clients from before schedule imports work as they did. */
    private static ImportKind kind(String value) {
        if (value == null || value.isBlank()) {
            return ImportKind.CUSTOMERS;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "customers" -> ImportKind.CUSTOMERS;
            case "schedules" -> ImportKind.SCHEDULES;
            case "products" -> ImportKind.PRODUCTS;
            default -> throw new InvalidInputException(List.of(new FieldError("kind", "must be customers, schedules or products")));
        };
    }

    public static String text(Map<String, EntityPart> parts, String name) {
        EntityPart part = parts.get(name);
        if (part == null) {
            return null;
        }
        try {
            String value = part.getContent(String.class);
            if (value != null && value.indexOf('\0') >= 0) {
                // the JSON guard does not see multipart fields; PostgreSQL cannot store a NUL
                throw new InvalidInputException(List.of(new FieldError(name, "holds a NUL character; remove it.")));
            }
            return value;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> labels(String text) {
        return text == null ? List.of() : Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
