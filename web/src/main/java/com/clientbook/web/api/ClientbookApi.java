package com.clientbook.web.api;

import com.clientbook.web.api.problem.Problem;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * Version 1 of the API. Resources and providers are found by scanning, so a new feature only adds its
 * resource class. Authentication is the {@link ApiKeyAuthentication} filter, not Jakarta Security: the
 * pages' form sign-in must never answer an ERP with a redirect to a login page.
 */
@ApplicationPath(ClientbookApi.PATH)
@OpenAPIDefinition(
        info = @Info(title = "Clientbook API", version = "1",
                description = "For vendors' ERP, accounting and ordering systems. Every call carries the vendor's API key "
                        + "as `Authorization: Bearer <key>`. Errors are RFC 9457 problem documents "
                        + "(`application/problem+json`)."),
        security = @SecurityRequirement(name = ClientbookApi.API_KEY),
        components = @Components(responses = @APIResponse(name = ClientbookApi.UNAUTHORIZED, responseCode = "401",
                description = "No API key, or an unknown or revoked one",
                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"),
                        examples = @ExampleObject(name = "unauthorized", value = ClientbookApi.UNAUTHORIZED_EXAMPLE)))))
@SecurityScheme(securitySchemeName = ClientbookApi.API_KEY, type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "A vendor's API key, shown once when it is issued.")
public class ClientbookApi extends Application {

    public static final String PATH = "/api/v1";
    static final String API_KEY = "apiKey";

    /** Every operation answers 401 alike; resources name it with {@code @APIResponse(responseCode = "401", ref = UNAUTHORIZED)}. */
    public static final String UNAUTHORIZED = "Unauthorized";
    static final String UNAUTHORIZED_EXAMPLE = """
            {"type": "about:blank", "title": "Unauthorized", "status": 401,
             "detail": "Send the vendor's API key as \\"Authorization: Bearer <key>\\"."}""";
}
