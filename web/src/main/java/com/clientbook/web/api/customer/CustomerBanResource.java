package com.clientbook.web.api.customer;

import com.clientbook.services.customer.BanService;
import com.clientbook.services.customer.CustomerService;
import com.clientbook.services.customer.CustomerView;
import com.clientbook.web.api.ApiCaller;
import com.clientbook.web.api.ClientbookApi;
import com.clientbook.web.api.problem.Problem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import static com.clientbook.web.api.customer.CustomerExamples.CUSTOMER;
import static com.clientbook.web.api.customer.CustomerExamples.NOT_FOUND;

/** Banning one of the calling vendor's customers, and lifting the ban. Converts, calls the ban service once, converts back. */
@Path("/customers/{id}/ban")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Customers", description = "The companies the calling vendor supplies")
public class CustomerBanResource {

    static final String BAN = """
            {"reason": "Invoices unpaid since September", "until": "2026-12-31", "shareReason": false}""";
    static final String INVALID_BAN = """
            {"type": "https://clientbook.example/problems/error.invalidInput", "title": "Invalid input", "status": 400,
             "detail": "The input is not valid; errors names each field at fault.",
             "errors": [{"field": "reason", "message": "Give the reason for the ban."},
                        {"field": "until", "message": "must be today or later (2026-11-26, UTC)"}]}""";

    @Inject
    BanService bans;

    @Inject
    CustomerService customers;

    @Inject
    ApiCaller caller;

    @POST
    @Operation(operationId = "banCustomer", summary = "Ban a customer",
            description = "The customer keeps its company, relationship, customer number and history, but leaves the "
                    + "default list (GET /customers?banned=true shows banned ones) and may not act towards the vendor: "
                    + "ask for access, accept an invitation, order. With until, the ban is over after that day (UTC) "
                    + "by itself. Banning a banned customer replaces the ban. Written to the history.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = BanJson.class),
            examples = @ExampleObject(name = "ban", value = BAN)))
    @APIResponse(responseCode = "200", description = "The customer, now with banned true",
            headers = @Header(name = "ETag", description = "The customer's version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(ref = "Customer"),
                    examples = @ExampleObject(name = "customer", value = CUSTOMER)))
    @APIResponse(responseCode = "400", description = "No reason, a reason over 1000 characters, or until not a date "
            + "of today or later; errors name each",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "invalid", value = INVALID_BAN)))
    @APIResponse(responseCode = "404", description = "No such customer of the calling vendor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "notFound", value = NOT_FOUND)))
    @APIResponse(responseCode = "401", ref = ClientbookApi.UNAUTHORIZED)
    public Response ban(@Parameter(description = "The customer's id") @PathParam("id") long id,
                        @NotNull(message = "Send the ban as a JSON object.") @Valid BanJson body) {
        CustomerView customer = bans.ban(caller.actor(), id, body.toNewBan());
        return Response.ok(CustomerJson.of(customer, customers.customFields(caller.actor(), customer.id()))).tag(new EntityTag(String.valueOf(customer.version()))).build();
    }

    @DELETE
    @Operation(operationId = "liftCustomerBan", summary = "Lift a customer's ban",
            description = "The customer is back in the default list and may act towards the vendor again. Lifting a "
                    + "customer that is not banned changes nothing. Written to the history.")
    @APIResponse(responseCode = "204", description = "Lifted (or there was no ban)")
    @APIResponse(responseCode = "404", description = "No such customer of the calling vendor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "notFound", value = NOT_FOUND)))
    @APIResponse(responseCode = "401", ref = ClientbookApi.UNAUTHORIZED)
    public Response lift(@Parameter(description = "The customer's id") @PathParam("id") long id) {
        bans.lift(caller.actor(), id);
        return Response.noContent().build();
    }
}
