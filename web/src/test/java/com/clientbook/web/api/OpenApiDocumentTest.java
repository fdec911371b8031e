package com.clientbook.web.api;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which representation of the API's contract an {@code Accept} header or {@code ?format=} gets (GET /openapi). */
class OpenApiDocumentTest {

    @Test
    void noOrAnyAcceptGetsYamlAsApplicationYaml() {
        assertEquals("application/yaml", chosen(null));
        assertEquals("application/yaml", chosen(""));
        assertEquals("application/yaml", chosen("*/*"));
    }

    @Test
    void eachServedMediaTypeAskedAloneIsWhatComes() {
        assertEquals("application/yaml", chosen("application/yaml"));
        assertEquals("application/json", chosen("application/json"));
        assertEquals("text/yaml", chosen("text/yaml"));
        assertEquals("text/plain", chosen("text/plain"));
        assertEquals("application/json", chosen("APPLICATION/JSON; charset=utf-8"));
    }

    @Test
    void qualitiesDecideAndTheMostSpecificRangeGivesAMediaTypeItsQuality() {
        assertEquals("application/yaml", chosen("application/json;q=0.5, application/yaml"));
        assertEquals("application/json", chosen("application/*;q=0.4, application/json;q=0.9"));
        assertEquals("application/json", chosen("*/*;q=0.1, application/yaml;q=0, application/json;q=0.2"));
        assertEquals("text/yaml", chosen("text/*"), "text/yaml is served before text/plain");
    }

    @Test
    void aBrowserGetsYamlThroughItsWildcard() {
        assertEquals("application/yaml",
                chosen("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"));
    }

    @Test
    void nothingServedAcceptableIsNone() {
        assertEquals(Optional.empty(), OpenApiDocument.negotiate("text/html"));
        assertEquals(Optional.empty(), OpenApiDocument.negotiate("application/yaml;q=0, application/json;q=0"));
        assertEquals(Optional.empty(), OpenApiDocument.negotiate("nonsense, application/yaml;q=x"));
    }

    @Test
    void formatNamesYamlOrJsonAndNothingElse() {
        assertEquals("application/yaml", OpenApiDocument.byFormat("yaml").orElseThrow().mediaType());
        assertEquals("application/json", OpenApiDocument.byFormat(" JSON ").orElseThrow().mediaType());
        assertEquals(Optional.empty(), OpenApiDocument.byFormat("xml"));
    }

    private static String chosen(String accept) {
        return OpenApiDocument.negotiate(accept).map(OpenApiDocument.Representation::mediaType).orElse("none");
    }
}
