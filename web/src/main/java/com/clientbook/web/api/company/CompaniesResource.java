package com.clientbook.web.api.company;

import com.clientbook.services.customer.CompanySearch;
import com.clientbook.services.customer.CustomerLinkService;
import com.clientbook.web.api.ApiCaller;
import com.clientbook.web.api.ClientbookApi;
import com.clientbook.web.api.problem.Problem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Searching existing customer companies, to link one instead of adding it again. */
@Path("/companies")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Companies", description = "Existing customer companies, found to be linked")
public class CompaniesResource {

    private static final String HITS = """
            {"items": [{"handle": "M2YxYzJhOWUtOGI0ZC00YzFlLTlhNTctMGQ2YjJlN2Y0YTEwAAAAAGnZ2xBn7kYp1p3bq0m3T0vTQ5Bf",
                        "handleExpiresAt": "2026-12-07T10:30:00Z", "name": "Gasthaus Krone GmbH",
                        "street": "Maria-Theresien-Straße 12", "postalCode": "6020", "city": "Innsbruck",
                        "hasPeople": true, "yourCustomer": false, "yourCustomerNumber": null}]}""";
    private static final String TOO_MANY = """
            {"type": "urn:clientbook:problem:directory.tooManySearches", "title": "Too many requests", "status": 429,
             "detail": "Your company made more company searches than its limit (1.0 a second, 60 at once). Wait 1 s (Retry-After).",
             "errors": [{"field": "name", "message": "Your company made more company searches than its limit (1.0 a second, 60 at once). Wait 1 s (Retry-After)."}]}""";

    @Inject
    CustomerLinkService links;

    @Inject
    ApiCaller caller;

    @GET
    @Operation(operationId = "searchCompanies", summary = "Find customer companies to link",
            description = "By exact e-mail address (case-insensitive) or by name (similar names too: case, accents, a "
                    + "typo and legal forms such as GmbH or Ltd make no difference), the most similar first, at most 20. "
                    + "Give exactly one of email and name. Hits show name, street, postal code, city, whether the "
                    + "company has people on Clientbook and whether it is your customer already (with your customer "
                    + "number), never its e-mail or phone. Each hit has a handle: link it with POST /customers/links "
                    + "before handleExpiresAt; it is of no use to another vendor. Vendor companies are never found. "
                    + "Searches are limited per vendor (429 with Retry-After; docs/security.md).")
    @APIResponse(responseCode = "200", description = "The hits, possibly none",
            content = @Content(schema = @Schema(implementation = CompanySearchJson.class),
                    examples = @ExampleObject(name = "hits", value = HITS)))
    @APIResponse(responseCode = "400", description = "Neither or both of email and name, or a name under 3 characters",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "The vendor searched more than its limit; wait Retry-After seconds",
            headers = @Header(name = "Retry-After", description = "Seconds to wait", schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "tooMany", value = TOO_MANY)))
    @APIResponse(responseCode = "401", ref = ClientbookApi.UNAUTHORIZED)
    public CompanySearchJson search(
            @Parameter(description = "The company's e-mail address, exactly") @QueryParam("email") String email,
            @Parameter(description = "The company's name, or a part of it", example = "Gasthaus Krone") @QueryParam("name") String name) {
        var hits = links.findCompanies(caller.actor(), new CompanySearch(email, name));
        return new CompanySearchJson(hits.stream().map(CompanyHitJson::of).toList());
    }
}
