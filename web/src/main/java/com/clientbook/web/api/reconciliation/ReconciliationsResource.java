package com.clientbook.web.api.reconciliation;

import com.clientbook.domain.reconciliation.FindingKind;
import com.clientbook.domain.shared.InvalidInputException;
import com.clientbook.domain.shared.InvalidInputException.FieldError;
import com.clientbook.services.imports.ImportView;
import com.clientbook.services.reconciliation.ColumnChoice;
import com.clientbook.services.reconciliation.ErpColumns;
import com.clientbook.services.reconciliation.ReconciliationService;
import com.clientbook.services.reconciliation.ReconciliationView;
import com.clientbook.services.shared.Actor;
import com.clientbook.web.api.ApiCaller;
import com.clientbook.web.api.ClientbookApi;
import com.clientbook.web.api.QueryParameters;
import com.clientbook.web.api.imports.ImportJson;
import com.clientbook.web.api.imports.ImportsResource;
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
import jakarta.ws.rs.QueryParam;
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

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The calling vendor's ERP reconciliations: send the ERP's customer list (a file, or rows as JSON), read the report,
 * accept proposals, run it again, hand the ERP's new customers to the import. Another vendor's reconciliation is
 * "not found".
 */
@Path("/reconciliations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reconciliations", description = "The ERP's customer list held against the vendor's customers: matches and "
        + "their differences, customers only one side knows, clashes, and probable matches to accept into customer numbers")
public class ReconciliationsResource {

    private static final int FIRST_PAGE = 50;

    @Inject
    ReconciliationService reconciliations;

    @Inject
    ApiCaller caller;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(operationId = "uploadReconciliation", summary = "Reconcile the ERP's customer list, sent as a file",
            description = "multipart/form-data with the part `file` (CSV or .xlsx, read as imports read them) and, "
                    + "optionally, the fields `customerNumber`, `name`, `email`, `postalCode`, `city`: the header of the "
                    + "column that holds each. Columns not named are taken from the vendor's last mapping, else from "
                    + "the headers' names (as an import reads them). Customer number and name are required. The "
                    + "mapping is remembered. The report is made at once (100,000 rows in seconds).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(implementation = ReconciliationUploadForm.class)))
    @APIResponse(responseCode = "201", description = "The report's figures and first findings; Location is its address",
            headers = @Header(name = "Location", description = "The reconciliation's address", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ReconciliationJson.class)))
    @APIResponse(responseCode = "400", description = "No part `file`, or a column that is missing or named twice; errors name it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", ref = ClientbookApi.UNAUTHORIZED)
    @APIResponse(responseCode = "422", description = "The file was refused (too big, too many rows, not CSV or .xlsx)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response upload(@Parameter(hidden = true) @HeaderParam("Content-Length") String contentLength, List<EntityPart> parts) {
        ImportsResource.requireReasonableSize(contentLength);
        Map<String, EntityPart> byName = ImportsResource.byName(parts);
        EntityPart file = byName.get("file");
        if (file == null) {
            throw new InvalidInputException(List.of(new FieldError("file", "Send the ERP's customer list as the part \"file\".")));
        }
        byte[] content = ImportsResource.content(file);
        Actor actor = caller.actor();
        ColumnChoice choice = reconciliations.columns(actor, content);
        List<Integer> positions = new ArrayList<>(choice.columns().positions());
        List<FieldError> errors = new ArrayList<>();
        for (ErpColumns.Field field : ErpColumns.Field.values()) {
            String header = ImportsResource.text(byName, field.apiName());
            if (header != null && !header.isBlank()) {
                int position = indexOf(choice.header(), header.strip());
                if (position < 0) {
                    errors.add(new FieldError(field.apiName(), "The file has no column \"" + header.strip() + "\"."));
                }
                positions.set(field.ordinal(), position);
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        ReconciliationView view = reconciliations.start(actor, file.getFileName().orElse("upload"), content, new ErpColumns(positions));
        return created(actor, view);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createReconciliation", summary = "Reconcile the ERP's customer list, sent as JSON rows",
            description = "The same report as for a file; rows are numbered from 2, as in a file with a header.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = NewReconciliationJson.class)))
    @APIResponse(responseCode = "201", description = "The report's figures and first findings; Location is its address",
            headers = @Header(name = "Location", description = "The reconciliation's address", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ReconciliationJson.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", ref = ClientbookApi.UNAUTHORIZED)
    @APIResponse(responseCode = "422", description = "No rows, or more than 100,000",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(NewReconciliationJson body) {
        if (body == null) {
            throw new InvalidInputException(List.of(new FieldError("rows", "Send the ERP's customers as rows.")));
        }
        Actor actor = caller.actor();
        List<NewReconciliationJson.ErpCustomer> rows = body.rows() == null ? List.of() : body.rows();
        ReconciliationView view = reconciliations.start(actor, body.source(),
                rows.stream().map(r -> r == null ? null : r.values()).toList());
        return created(actor, view);
    }

    @GET
    @Operation(operationId = "listReconciliations", summary = "List the vendor's latest reconciliations",
            description = "The 20 most recent, newest first, with their figures (no findings).")
    @APIResponse(responseCode = "200", description = "The reconciliations",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = ReconciliationJson.class)))
    @APIResponse(responseCode = "401", ref = ClientbookApi.UNAUTHORIZED)
    public List<ReconciliationJson> recent() {
        Actor actor = caller.actor();
        return reconciliations.recent(actor, 20).stream()
                .map(r -> ReconciliationJson.of(reconciliations.get(actor, r.id()),
                        new com.clientbook.domain.shared.Page<>(List.of(), 0, 0, 0)))
                .toList();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getReconciliation", summary = "Read a reconciliation's report",
            description = "Its figures and one page of its findings, of one kind or all: proposals best first, the "
                    + "rest in file order, customers alone by name.")
    @APIResponse(responseCode = "200", description = "The report", content = @Content(schema = @Schema(implementation = ReconciliationJson.class)))
    @APIResponse(responseCode = "400", description = "A query parameter that is not valid", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", ref = ClientbookApi.UNAUTHORIZED)
    @APIResponse(responseCode = "404", description = "No such reconciliation of the calling vendor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ReconciliationJson get(@Parameter(description = "The reconciliation's id") @PathParam("id") long id,
                                  @Parameter(description = "Only findings of this kind", schema = @Schema(implementation = FindingKind.class))
                                  @QueryParam("kind") String kind,
                                  @Parameter(description = "Page, from 0") @QueryParam("page") String page,
                                  @Parameter(description = "Findings per page, at most 200; 50 when absent") @QueryParam("size") String size) {
        QueryParameters parameters = new QueryParameters();
        FindingKind only = parameters.oneOf("kind", kind, FindingKind.class);
        int pageNumber = parameters.page(page);
        int pageSize = parameters.size(size, FIRST_PAGE);
        parameters.check();
        Actor actor = caller.actor();
        ReconciliationView view = reconciliations.get(actor, id);
        return ReconciliationJson.of(view, reconciliations.findings(actor, id, only, false, pageNumber, pageSize));
    }

    @POST
    @Path("{id}/accept")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "acceptReconciliationProposals", summary = "Accept probable matches",
            description = "Each accepted proposal assigns its row's customer number to its customer (history: \"from ERP "
                    + "reconciliation\"). A proposal accepted before is left as it is: accepting twice changes nothing. "
                    + "All or nothing: when one number is taken by another customer meanwhile (409), or its customer has "
                    + "another number meanwhile (422), no number is assigned.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = AcceptProposalsJson.class)))
    @APIResponse(responseCode = "200", description = "What was done", content = @Content(schema = @Schema(implementation = AcceptedJson.class)))
    @APIResponse(responseCode = "401", ref = ClientbookApi.UNAUTHORIZED)
    @APIResponse(responseCode = "404", description = "No such reconciliation of the calling vendor, or a proposal not of it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "A number is another customer's meanwhile; nothing changed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Neither proposals nor a score, or a customer numbered meanwhile; nothing changed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AcceptedJson accept(@Parameter(description = "The reconciliation's id") @PathParam("id") long id, AcceptProposalsJson body) {
        if (body != null && body.minScore() != null && (body.minScore() < 0 || body.minScore() > 1)) {
            throw new InvalidInputException(List.of(new FieldError("minScore", "must be between 0 and 1")));
        }
        return AcceptedJson.of(reconciliations.accept(caller.actor(), id, body == null ? null : body.proposals(),
                body == null ? null : body.minScore()));
    }

    @POST
    @Path("{id}/rerun")
    @Operation(operationId = "rerunReconciliation", summary = "Run a reconciliation again",
            description = "The same rows against the customers as they are now: a new report; the old one is kept.")
    @APIResponse(responseCode = "201", description = "The new report",
            headers = @Header(name = "Location", description = "The new reconciliation's address", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ReconciliationJson.class)))
    @APIResponse(responseCode = "401", ref = ClientbookApi.UNAUTHORIZED)
    @APIResponse(responseCode = "404", description = "No such reconciliation of the calling vendor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response rerun(@Parameter(description = "The reconciliation's id") @PathParam("id") long id) {
        Actor actor = caller.actor();
        return created(actor, reconciliations.rerun(actor, id));
    }

    @POST
    @Path("{id}/import")
    @Operation(operationId = "importReconciliationErpOnly", summary = "Check the ERP's new customers in the import",
            description = "The rows in the ERP only, as a customer file (company name, email, customer number, postal "
                    + "code, city), start an import dry run; follow it and import it under /imports.")
    @APIResponse(responseCode = "202", description = "The dry run, started",
            headers = @Header(name = "Location", description = "The import's address", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ImportJson.class)))
    @APIResponse(responseCode = "401", ref = ClientbookApi.UNAUTHORIZED)
    @APIResponse(responseCode = "404", description = "No such reconciliation of the calling vendor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The ERP has no customers that Clientbook lacks",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response importErpOnly(@Parameter(description = "The reconciliation's id") @PathParam("id") long id) {
        ImportView dryRun = reconciliations.importErpOnly(caller.actor(), id);
        return Response.accepted(ImportJson.of(dryRun))
                .location(uri.getBaseUriBuilder().path("imports").path(String.valueOf(dryRun.id())).build())
                .build();
    }

    @GET
    @Path("{id}/report")
    @Produces({"text/csv", MediaType.APPLICATION_JSON})
    @Operation(operationId = "getReconciliationReport", summary = "Download a reconciliation's report",
            description = "CSV (UTF-8 with BOM), one line per finding: kind, the file's row and values, the customer's "
                    + "id and values, differences, score, reason, accepted. A cell that a spreadsheet would read as a "
                    + "formula starts with a single quote.")
    @APIResponse(responseCode = "200", description = "The report", content = @Content(mediaType = "text/csv"))
    @APIResponse(responseCode = "401", ref = ClientbookApi.UNAUTHORIZED)
    @APIResponse(responseCode = "404", description = "No such reconciliation of the calling vendor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response report(@Parameter(description = "The reconciliation's id") @PathParam("id") long id) {
        Actor actor = caller.actor();
        reconciliations.get(actor, id);
        StreamingOutput body = out -> reconciliations.writeReport(actor, id, out, Locale.ENGLISH);
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"reconciliation-" + id + ".csv\"")
                .build();
    }

    private Response created(Actor actor, ReconciliationView view) {
        URI location = uri.getBaseUriBuilder().path("reconciliations").path(String.valueOf(view.id())).build();
        return Response.created(location)
                .entity(ReconciliationJson.of(view, reconciliations.findings(actor, view.id(), null, false, 0, FIRST_PAGE)))
                .build();
    }

    private static int indexOf(List<String> header, String text) {
        for (int i = 0; i < header.size(); i++) {
            if (text.equals(header.get(i) == null ? null : header.get(i).strip())) {
                return i;
            }
        }
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i) != null && text.equalsIgnoreCase(header.get(i).strip())) {
                return i;
            }
        }
        return -1;
    }
}
