package com.clientbook.system;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The deployed EAR on Payara Server reports itself healthy, and the API refuses what it does not know. */
class HealthIT {

    @Test
    void readinessIsUp() {
        HttpResponse<String> response = SystemTestServer.get("/health/ready");

        assertEquals(200, response.statusCode(), response.body());
        JsonNode health = SystemTestServer.json(response);
        assertEquals("UP", health.path("status").asText(), response.body());
        health.path("checks").forEach(check ->
                assertEquals("UP", check.path("status").asText(), "check " + check.path("name").asText()));
    }

    @Test
    void livenessIsUp() {
        HttpResponse<String> response = SystemTestServer.get("/health/live");

        assertEquals(200, response.statusCode(), response.body());
        assertEquals("UP", SystemTestServer.json(response).path("status").asText(), response.body());
    }

    @Test
    void anUnknownApiPathWithoutAKeyIsRefusedWithoutAnError() {
        HttpResponse<String> response = SystemTestServer.get("/api/v1/no-such-resource");

        assertTrue(Set.of(401, 404).contains(response.statusCode()),
                "expected 401 or 404, got " + response.statusCode() + ": " + response.body());
    }
}
