package com.clientbook.web.api.customer;

import com.clientbook.services.customer.CustomerLinkService;
import com.clientbook.services.customer.CustomerService;
import com.clientbook.services.idempotency.IdempotentRequests;
import com.clientbook.services.shared.Actor;
import com.clientbook.web.api.ApiCaller;
import com.clientbook.web.api.ClientbookApi;
import com.clientbook.web.api.IdempotentCreation;
import com.clientbook.web.api.problem.Problem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
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

/**
 * Linking an existing customer company as the calling vendor's customer. A root resource of its own: JAX-RS
 * prefers the longer literal path, so {@code /customers/links} is matched here before {@code /customers/{id}}.
 */
@Path("/customers/links")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Customers")
public class CustomerLinksResource {

    private static final String LINK = """
            {"handle": "M2YxYzJhOWUtOGI0ZC00YzFlLTlhNTctMGQ2YjJlN2Y0YTEwAAAAAGnZ2xBn7kYp1p3bq0m3T0vTQ5Bf",
             "customerNumber": "A-0042"}""";
    private static final String LINK_BY_EMAIL = """
            {"email": "info@gasthaus-krone.example", "customerNumber": "A-0042"}""";
    private static final String ALREADY_LINKED = """
            {"type": "urn:clientbook:problem:customer.alreadyLinked", "title": "Conflict", "status": 409,
             "detail": "Gasthaus Krone is already your customer."}""";
    private static final String EXPIRED = """
            {"type": "urn:clientbook:problem:directory.hitExpired", "title": "Refused by a business rule", "status": 422,
             "detail": "This search hit expired at 2026-12-07T10:30:00Z; search the company again (GET /companies) and link the new hit.",
             "errors": [{"field": "handle", "message": "This search hit expired at 2026-12-07T10:30:00Z; search the company again (GET /companies) and link the new hit."}]}""";
    private static final String COMPANY_ID_GONE = """
            {"type": "urn:clientbook:problem:error.invalidInput", "title": "Invalid input", "status": 400,
             "detail": "The input is not valid; errors names each field at fault.",
             "errors": [{"field": "companyId", "message": "companyId is no longer accepted: link by the handle of a search hit (GET /companies) or by the company's exact e-mail address (docs/api.md, \\"Linking an existing customer\\")."}]}""";

    @Inject
    CustomerLinkService links;

    @Inject
    CustomerService customers;

    @Inject
    IdempotentRequests idempotency;

    @Inject
    ApiCaller caller;

    @Context
    UriInfo uri;

    @POST
    @Operation(operationId = "linkCustomer", summary = "Link an existing customer company",
            description = "Makes a customer company the calling vendor's customer, optionally with a customer number: "
                    + "a company it found, by the handle of a hit of GET /companies (before the hit expires) or by "
                    + "the company's exact e-mail address. The numeric companyId of earlier versions is refused (400). "
                    + "Reuses the company and its people (no account is created), e-mails the company's people that "
                    + "the vendor now lists them, and records it in the company's own history. Answers the new "
                    + "customer, as GET /customers/{id} does. Linking is limited per vendor (429 with Retry-After).")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = LinkCustomerJson.class),
            examples = {@ExampleObject(name = "byHandle", value = LINK),
                    @ExampleObject(name = "byEmail", value = LINK_BY_EMAIL)}))
    @APIResponse(responseCode = "201", description = "Linked; Location is the customer's address",
            headers = {@Header(name = "Location", description = "The customer's address", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = "The customer's version", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = IdempotentCreation.REPLAYED, description = IdempotentCreation.REPLAYED_DESCRIPTION,
                            schema = @Schema(type = SchemaType.BOOLEAN))},
            content = @Content(schema = @Schema(implementation = CustomerJson.class),
                    examples = @ExampleObject(name = "customer", value = CUSTOMER)))
    @APIResponse(responseCode = "400", description = "Malformed JSON, neither or both of handle and email, a numeric "
            + "companyId (no longer accepted), or a customer number over 50 characters",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "companyIdGone", value = COMPANY_ID_GONE)))
    @APIResponse(responseCode = "404", description = "No customer company with this e-mail address, or a handle that "
            + "is unknown, made up or another vendor's",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "notFound", value = NOT_FOUND)))
    @APIResponse(responseCode = "409", description = "Already the vendor's customer, or the customer number is taken "
            + "(the detail names the customer that has it)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "alreadyLinked", value = ALREADY_LINKED)))
    @APIResponse(responseCode = "422", description = "The handle expired (search again); several customer companies "
            + "have the e-mail address (link one by its handle); or the Idempotency-Key was used before with a "
            + "different request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "expired", value = EXPIRED)))
    @APIResponse(responseCode = "429", description = "The vendor tried to link more than its limit; wait Retry-After seconds",
            headers = @Header(name = "Retry-After", description = "Seconds to wait", schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", ref = ClientbookApi.UNAUTHORIZED)
    public Response link(@Parameter(description = IdempotentCreation.KEY_DESCRIPTION)
                         @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
                         @NotNull(message = "Send the link as a JSON object with handle (or email) and customerNumber.") @Valid
                         LinkCustomerJson body) {
        Actor actor = caller.actor();
        return IdempotentCreation.create(idempotency, actor, idempotencyKey, "POST /customers/links", body,
                uri.getBaseUriBuilder().path("customers"), () -> CustomersResource.created(links.link(actor, body.toCustomerLink()), customers, actor));
    }
}
