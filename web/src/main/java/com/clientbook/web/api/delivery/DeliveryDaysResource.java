package com.clientbook.web.api.delivery;

import com.clientbook.domain.shared.InvalidInputException;
import com.clientbook.domain.shared.Text;
import com.clientbook.services.delivery.DeliveryDays;
import com.clientbook.services.delivery.DeliveryPlans;
import com.clientbook.web.api.ApiCaller;
import com.clientbook.web.api.ClientbookApi;
import com.clientbook.web.api.problem.Problem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** A customer's delivery days at the calling vendor, over all its current delivery locations. */
@Path("/customers/{id}/delivery-days")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Delivery days")
public class DeliveryDaysResource {

    @Inject
    DeliveryPlans plans;

    @Inject
    ApiCaller caller;

    @GET
    @Operation(operationId = "listCustomerDeliveryDays", summary = "A customer's delivery days in a range",
            description = "Every delivery to the customer's current delivery locations from `from` to `to` (both "
                    + "included, at most " + DeliveryPlans.MOST_DAYS + " days), by date and location: each with its "
                    + "route, its order deadline as an instant and on the vendor's and the customer's clock, and, where "
                    + "a closure moved it, from which day and why. Deadlines already passed are included.")
    @APIResponse(responseCode = "200", description = "The deliveries, earliest first",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = CustomerDeliveryDayJson.class)))
    @APIResponse(responseCode = "400", description = "from or to missing, no date, in the wrong order, or too far apart",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such customer of the calling vendor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", ref = ClientbookApi.UNAUTHORIZED)
    public List<CustomerDeliveryDayJson> list(@Parameter(description = "The customer's id") @PathParam("id") long id,
                                              @Parameter(description = "The first day, e.g. 2027-01-04", required = true)
                                              @QueryParam("from") String from,
                                              @Parameter(description = "The last day, e.g. 2027-01-31", required = true)
                                              @QueryParam("to") String to) {
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        LocalDate first = date("from", from, errors);
        LocalDate last = date("to", to, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        DeliveryDays days = plans.deliveryDays(caller.actor(), id, first, last);
        return days.days().stream().map(day -> CustomerDeliveryDayJson.of(day, days.vendorZone(), days.customerZone())).toList();
    }

    private static LocalDate date(String name, String value, List<InvalidInputException.FieldError> errors) {
        if (Text.trimToNull(value) == null) {
            errors.add(new InvalidInputException.FieldError(name, "is required: a date such as 2027-01-04"));
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(new InvalidInputException.FieldError(name, "must be a date such as 2027-01-04"));
            return null;
        }
    }
}
