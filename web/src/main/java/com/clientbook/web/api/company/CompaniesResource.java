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
            {"items": [{"id": 2207, "name": "Gasthaus Krone GmbH", "postalCode": "6020", "city": "Innsbruck"}]}""";

    @Inject
    CustomerLinkService links;

    @Inject
    ApiCaller caller;

    @GET
    @Operation(operationId = "searchCompanies", summary = "Find customer companies to link",
            description = "By exact e-mail address (case-insensitive) or by name (similar names too: typos and legal "
                    + "forms such as GmbH or Ltd make no difference), the most similar first, at most 20. Give exactly "
                    + "one of email and name. Hits show only id, name, postal code and city; link one with "
                    + "POST /customers/links. Vendor companies are never found.")
    @APIResponse(responseCode = "200", description = "The hits, possibly none",
            content = @Content(schema = @Schema(implementation = CompanySearchJson.class),
                    examples = @ExampleObject(name = "hits", value = HITS)))
    @APIResponse(responseCode = "400", description = "Neither or both of email and name, or a name under 3 characters",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", ref = ClientbookApi.UNAUTHORIZED)
    public CompanySearchJson search(
            @Parameter(description = "The company's e-mail address, exactly") @QueryParam("email") String email,
            @Parameter(description = "The company's name, or a part of it", example = "Gasthaus Krone") @QueryParam("name") String name) {
        var hits = links.findCompanies(caller.actor(), new CompanySearch(email, name));
        return new CompanySearchJson(hits.stream().map(CompanyHitJson::of).toList());
    }
}
