package com.clientbook.web.api.location;

import com.clientbook.services.location.DeliveryLocationService;
import com.clientbook.web.api.ApiCaller;
import com.clientbook.web.api.ClientbookApi;
import com.clientbook.web.api.problem.Problem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

import static com.clientbook.web.api.customer.CustomerExamples.NOT_FOUND;


/** A customer's delivery locations, read-only: the customer keeps them, the vendor's systems read them live. */
@Path("/customers/{id}/delivery-locations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Customers")
public class DeliveryLocationsResource {

    static final String LOCATIONS = """
            [{"id": 150, "name": "Kitchen entrance", "isDefault": true, "street": "Hauptplatz 3", "postalCode": "8010",
              "city": "Graz", "country": "AT", "deliveryInstructions": "Ring twice; the courtyard gate is open from 6.",
              "contactPhone": "+43 316 123 45", "externalId": "K-1",
              "receivingHours": [{"day": "MONDAY", "opens": "06:00", "closes": "10:00"},
                                 {"day": "FRIDAY", "opens": "06:00", "closes": "09:00"}]}]""";

    @Inject
    DeliveryLocationService locations;

    @Inject
    ApiCaller caller;

    @GET
    @Operation(operationId = "listDeliveryLocations", summary = "Read a customer's delivery locations",
            description = "The customer's current locations, the default first, as the customer keeps them now. "
                    + "A customer the vendor is not (or no longer) connected to answers 404.")
    @APIResponse(responseCode = "200", description = "The locations",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = DeliveryLocationJson.class),
                    examples = @ExampleObject(name = "locations", value = LOCATIONS)))
    @APIResponse(responseCode = "404", description = "No such customer of the calling vendor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "notFound", value = NOT_FOUND)))
    @APIResponse(responseCode = "401", ref = ClientbookApi.UNAUTHORIZED)
    public List<DeliveryLocationJson> list(@Parameter(description = "The customer's id") @PathParam("id") long id) {
        return locations.ofCustomer(caller.actor(), id).stream().map(DeliveryLocationJson::of).toList();
    }
}
