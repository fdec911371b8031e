package com.clientbook.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;

import static com.clientbook.system.SystemTestServer.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * What Payara scans from the code ({@code /openapi-scanned}) is the contract committed in docs/api/openapi.yaml, from
 * which the build generates the client GeneratedClientIT uses and which {@code /openapi} serves (docs/api-contract.md).
 * A change of the API changes the scanned document; this test then fails until the committed one is refreshed and
 * reviewed, so the contract never changes unnoticed.
 * <p>
 * With {@code -Dopenapi.refresh=true} (ear/pom.xml passes it on as {@code clientbook.openapi.refresh}) the test writes
 * the scanned document to the committed file instead of comparing.
 */
class OpenApiDocumentIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new YAMLMapper();

    private static final Path COMMITTED =
            Path.of(System.getProperty("clientbook.openapi.document", "../docs/api/openapi.yaml"));

    @Test
    void scannedDocumentIsTheCommittedContract() throws IOException {
        if (Boolean.getBoolean("clientbook.openapi.refresh")) {
            HttpResponse<String> yaml = get("/openapi-scanned");
            assertEquals(200, yaml.statusCode());
            Files.writeString(COMMITTED, yaml.body(), StandardCharsets.UTF_8);
            assumeFalse(true, "wrote the scanned document to " + COMMITTED.toAbsolutePath().normalize());
        }
        HttpResponse<String> served = get("/openapi-scanned", "Accept", "application/json");
        assertEquals(200, served.statusCode(), served.body());
        Path committed = COMMITTED;

        JsonNode expected = YAML.readTree(committed.toFile());
        JsonNode actual = JSON.readTree(served.body());

        List<String> differences = new ArrayList<>();
        compare("", expected, actual, differences);
        assertTrue(differences.isEmpty(), "What Payara scans (/openapi-scanned) differs from "
                + COMMITTED.toAbsolutePath().normalize() + " (refresh it as docs/api-contract.md says, and review the change):\n  "
                + String.join("\n  ", differences.subList(0, Math.min(differences.size(), 30))));
    }

    @Test
    void theCommittedContractIsServedAsYamlOrJsonByAccept() throws IOException {
        HttpResponse<String> yaml = get("/openapi", "Accept", "application/yaml");
        HttpResponse<String> json = get("/openapi", "Accept", "application/json");
        HttpResponse<String> preferred = get("/openapi", "Accept", "application/json;q=0.5, application/yaml");
        HttpResponse<String> plain = get("/openapi", "Accept", "text/plain");
        HttpResponse<String> noAccept = get("/openapi");

        assertEquals(200, yaml.statusCode(), yaml.body());
        assertEquals("application/yaml", contentType(yaml));
        assertEquals(Files.readString(COMMITTED, StandardCharsets.UTF_8), yaml.body(), "the committed file as it is");
        assertEquals("application/json", contentType(json));
        assertEquals(YAML.readTree(yaml.body()), JSON.readTree(json.body()), "the same document in either format");
        assertEquals("application/yaml", contentType(preferred), "the higher quality wins");
        assertEquals("text/plain", contentType(plain));
        assertEquals(yaml.body(), plain.body());
        assertEquals("application/yaml", contentType(noAccept));
        assertTrue(yaml.headers().allValues("Vary").contains("Accept"), yaml.headers().map().toString());
    }

    @Test
    void formatInTheQueryWinsOverAcceptAndAnythingElseIsRefused() throws IOException {
        HttpResponse<String> jsonByQuery = get("/openapi?format=json", "Accept", "application/yaml");
        HttpResponse<String> unknownFormat = get("/openapi?format=xml");
        HttpResponse<String> html = get("/openapi", "Accept", "text/html");

        assertEquals("application/json", contentType(jsonByQuery));
        assertEquals("3.0.0", JSON.readTree(jsonByQuery.body()).get("openapi").asText());
        assertEquals(400, unknownFormat.statusCode());
        assertTrue(unknownFormat.body().contains("format must be yaml or json"), unknownFormat.body());
        assertEquals(406, html.statusCode());
        assertTrue(html.body().contains("application/yaml"), html.body());
    }

    private static String contentType(HttpResponse<String> response) {
        return response.headers().firstValue("Content-Type").orElse("").split(";")[0].strip();
    }

    /** Where two documents differ, as JSON pointers with both values, so that a failure tells what changed. */
    private static void compare(String pointer, JsonNode expected, JsonNode actual, List<String> differences) {
        if (expected.equals(actual)) {
            return;
        }
        if (expected.isObject() && actual.isObject()) {
            TreeSet<String> names = new TreeSet<>();
            expected.fieldNames().forEachRemaining(names::add);
            actual.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                String child = pointer + "/" + name.replace("~", "~0").replace("/", "~1");
                if (!expected.has(name)) {
                    differences.add(child + ": only served");
                } else if (!actual.has(name)) {
                    differences.add(child + ": only committed");
                } else {
                    compare(child, expected.get(name), actual.get(name), differences);
                }
            }
        } else if (expected.isArray() && actual.isArray() && expected.size() == actual.size()) {
            Iterator<JsonNode> served = actual.elements();
            int index = 0;
            for (JsonNode element : expected) {
                compare(pointer + "/" + index++, element, served.next(), differences);
            }
        } else if (expected.isNumber() && actual.isNumber() && expected.decimalValue().compareTo(actual.decimalValue()) == 0) {
            return; // 1 and 1.0: YAML and JSON readers may pick different number types
        } else {
            differences.add(pointer + ": committed " + abbreviated(expected) + ", served " + abbreviated(actual));
        }
    }

    private static String abbreviated(JsonNode node) {
        String text = node.toString();
        return text.length() > 120 ? text.substring(0, 117) + "..." : text;
    }
}
