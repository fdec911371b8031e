package com.clientbook.web.operations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RequestLogTest {

    @Test
    void theLineNamesMethodTemplateStatusDurationAndVendor() {
        var line = new RequestLog.Line("GET", "/api/v1/customers/{id}", 200, 12.34, 7L);

        assertEquals("GET /api/v1/customers/{id} 200 12.3 ms vendor=7", line.text());
    }

    @Test
    void asJsonItIsOneObjectWithTheSameFields() throws Exception {
        JsonNode json = new ObjectMapper().readTree(new RequestLog.Line("POST", "/login.xhtml", 302, 250.0, null).json());

        assertEquals("POST", json.get("method").asText());
        assertEquals("/login.xhtml", json.get("path").asText());
        assertEquals(302, json.get("status").asInt());
        assertEquals(250.0, json.get("durationMs").asDouble());
        assertTrue(json.get("vendorId").isNull());
        assertEquals(5, json.size(), json.toString());
    }

    @Test
    void jsonEscapesWhatCouldBreakTheLine() throws Exception {
        String json = new RequestLog.Line("GET", "/a\"b\\c\nd", 200, 1, 1L).json();

        assertEquals("/a\"b\\c\nd", new ObjectMapper().readTree(json).get("path").asText());
        assertTrue(!json.contains("\n"), json);
    }

    @Test
    void theRouteIsATemplateNeverThePathsOwnValues() {
        assertEquals("/api/v1/customers/{id}", RequestLog.route("/api/v1/customers/42", "/api/v1/customers/{id}", 200));
        assertEquals("/api/v1/**", RequestLog.route("/api/v1/customers/by-number/K-SECRET", null, 401));
        assertEquals("NOT_FOUND", RequestLog.route("/wp-admin/secret-token", null, 404));
        assertEquals("/jakarta.faces.resource/**", RequestLog.route("/jakarta.faces.resource/theme.css", null, 200));
        assertEquals("/vendor/customers.xhtml", RequestLog.route("/vendor/customers.xhtml;jsessionid=ABC", null, 200));
        assertEquals("/", RequestLog.route("", null, 302));
    }

    @Test
    void kindTellsApiFromPages() {
        assertEquals("api", RequestLog.kind("/api/v1/customers"));
        assertEquals("page", RequestLog.kind("/vendor/customers.xhtml"));
        assertEquals("other", RequestLog.kind("/metrics"));
    }
}
