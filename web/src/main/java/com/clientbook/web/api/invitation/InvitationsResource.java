package com.clientbook.web.api.invitation;

import com.clientbook.domain.invitation.InvitationStatus;
import com.clientbook.domain.shared.InvalidInputException;
import com.clientbook.domain.shared.InvalidInputException.FieldError;
import com.clientbook.domain.shared.Text;
import com.clientbook.services.invitation.InvitationService;
import com.clientbook.services.invitation.InvitationView;
import com.clientbook.web.api.ApiCaller;
import com.clientbook.web.api.ClientbookApi;
import com.clientbook.web.api.problem.Problem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static com.clientbook.web.api.invitation.InvitationExamples.INVALID;
import static com.clientbook.web.api.invitation.InvitationExamples.INVALID_QUERY;
import static com.clientbook.web.api.invitation.InvitationExamples.INVITATION;
import static com.clientbook.web.api.invitation.InvitationExamples.LINK_INSTEAD;
import static com.clientbook.web.api.invitation.InvitationExamples.NEW_INVITATION;
import static com.clientbook.web.api.invitation.InvitationExamples.NOT_FOUND;
import static com.clientbook.web.api.invitation.InvitationExamples.NOT_USABLE;
import static com.clientbook.web.api.invitation.InvitationExamples.PAGE;
import static com.clientbook.web.api.invitation.InvitationExamples.VENDOR_ADDRESS;

/** The calling vendor's invitations. Each method converts, calls the invitation service once, and converts back. */
@Path("/invitations")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Invitations", description = "Inviting people to connect with the calling vendor as customers")
public class InvitationsResource {

    private static final int DEFAULT_PAGE_SIZE = 50;

    @Inject
    InvitationService invitations;

    @Inject
    ApiCaller caller;

    @Context
    UriInfo uri;

    @GET
    @Operation(operationId = "listInvitations", summary = "List the vendor's invitations",
            description = "One page of the calling vendor's invitations, most recently sent first, optionally of one "
                    + "status. Status is as of the request: an invitation whose time ran out is EXPIRED at once.")
    @APIResponse(responseCode = "200", description = "One page, with the total without paging",
            content = @Content(schema = @Schema(implementation = InvitationPageJson.class),
                    examples = @ExampleObject(name = "page", value = PAGE)))
    @APIResponse(responseCode = "400", description = "A paging parameter or the status is not valid; errors name it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "invalidQuery", value = INVALID_QUERY)))
    @APIResponse(responseCode = "401", ref = ClientbookApi.UNAUTHORIZED)
    public InvitationPageJson list(
            @Parameter(description = "PENDING, ACCEPTED, EXPIRED or REVOKED; all when absent",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"PENDING", "ACCEPTED", "EXPIRED", "REVOKED"}))
            @QueryParam("status") String status,
            @Parameter(description = "Page number, from 0", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0"))
            @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 200; larger sizes are lowered to 200",
                    schema = @Schema(type = SchemaType.INTEGER, defaultValue = "50"))
            @QueryParam("size") String size) {
        List<FieldError> errors = new ArrayList<>();
        InvitationStatus wanted = status(status, errors);
        int pageNumber = number("page", page, 0, errors);
        int pageSize = number("size", size, DEFAULT_PAGE_SIZE, errors);
        if (pageNumber < 0) {
            errors.add(new FieldError("page", "must be 0 or more"));
        }
        if (pageSize < 1) {
            errors.add(new FieldError("size", "must be between 1 and " + InvitationService.MAX_PAGE_SIZE));
        }
        pageSize = Math.min(pageSize, InvitationService.MAX_PAGE_SIZE);
        if ((long) pageNumber * pageSize > Integer.MAX_VALUE) {
            errors.add(new FieldError("page", "is beyond the end of any list"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return InvitationPageJson.of(invitations.list(caller.actor(), wanted, pageNumber, pageSize));
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getInvitation", summary = "Read one invitation", description = "Another vendor's invitation is \"not found\", like one that does not exist.")
    @APIResponse(responseCode = "200", description = "The invitation",
            content = @Content(schema = @Schema(implementation = InvitationJson.class),
                    examples = @ExampleObject(name = "invitation", value = INVITATION)))
    @APIResponse(responseCode = "404", description = "No such invitation of the calling vendor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "notFound", value = NOT_FOUND)))
    public InvitationJson get(@Parameter(description = "The invitation's id") @PathParam("id") long id) {
        return InvitationJson.of(invitations.get(caller.actor(), id));
    }

    @POST
    @Operation(operationId = "inviteCustomer", summary = "Invite a person",
            description = "E-mails the person a single-use link to connect with the calling vendor: they accept with their "
                    + "customer account, or register on the spot. The link works for the configured time (14 days by "
                    + "default). An address of a customer company that is not yet your customer is refused with 409 and "
                    + "existingCompanyId, to link that company instead (POST /customers/links); an address of your own "
                    + "customer that nobody registered for makes the invitation about that customer (customerId). A "
                    + "vendor's address is refused with 422.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = NewInvitationJson.class),
            examples = @ExampleObject(name = "newInvitation", value = NEW_INVITATION)))
    @APIResponse(responseCode = "201", description = "Sent; Location is the invitation's address",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = InvitationJson.class),
                    examples = @ExampleObject(name = "invitation", value = INVITATION)))
    @APIResponse(responseCode = "400", description = "Malformed JSON, or fields that break their rules; errors name each",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "invalid", value = INVALID)))
    @APIResponse(responseCode = "409", description = "The address belongs to another customer company (link it: "
            + "existingCompanyId), to your registered customer, or has a pending invitation; or the customer number is taken",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "linkInstead", value = LINK_INSTEAD)))
    @APIResponse(responseCode = "422", description = "The address cannot be invited (it is not open to customer invitations; which kind of account it has is not told)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "vendorAddress", value = VENDOR_ADDRESS)))
    public Response invite(@NotNull(message = "Send the invitation as a JSON object.") @Valid NewInvitationJson body) {
        InvitationView sent = invitations.invite(caller.actor(), body.toNewInvitation());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(sent.id())).build())
                .entity(InvitationJson.of(sent)).build();
    }

    @POST
    @Path("{id}/resend")
    @Operation(operationId = "resendInvitation", summary = "Send an invitation again",
            description = "A new link with a new expiry; the old link stops working at once. For pending and expired invitations.")
    @APIResponse(responseCode = "200", description = "The invitation, pending again",
            content = @Content(schema = @Schema(implementation = InvitationJson.class),
                    examples = @ExampleObject(name = "invitation", value = INVITATION)))
    @APIResponse(responseCode = "404", description = "No such invitation of the calling vendor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "notFound", value = NOT_FOUND)))
    @APIResponse(responseCode = "422", description = "The invitation was accepted or revoked",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "notUsable", value = NOT_USABLE)))
    public InvitationJson resend(@Parameter(description = "The invitation's id") @PathParam("id") long id) {
        return InvitationJson.of(invitations.resend(caller.actor(), id));
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "revokeInvitation", summary = "Revoke an invitation",
            description = "Its link stops working; the invitation stays in the list as REVOKED. Revoking again changes nothing.")
    @APIResponse(responseCode = "204", description = "Revoked")
    @APIResponse(responseCode = "404", description = "No such invitation of the calling vendor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "notFound", value = NOT_FOUND)))
    @APIResponse(responseCode = "422", description = "The invitation was accepted already",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "notUsable", value = NOT_USABLE)))
    public Response revoke(@Parameter(description = "The invitation's id") @PathParam("id") long id) {
        invitations.revoke(caller.actor(), id);
        return Response.noContent().build();
    }

    private static InvitationStatus status(String value, List<FieldError> errors) {
        String text = Text.trimToNull(value);
        if (text == null) {
            return null;
        }
        try {
            return InvitationStatus.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("status", "must be PENDING, ACCEPTED, EXPIRED or REVOKED"));
            return null;
        }
    }

    private static int number(String field, String value, int absent, List<FieldError> errors) {
        String text = Text.trimToNull(value);
        if (text == null) {
            return absent;
        }
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            errors.add(new FieldError(field, "must be a whole number"));
            return absent;
        }
    }
}
