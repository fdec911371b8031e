package com.clientbook.system;

import com.clientbook.services.demo.DemoData;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import static com.clientbook.system.SystemTestServer.get;
import static com.clientbook.system.SystemTestServer.json;
import static com.clientbook.system.SystemTestServer.request;
import static com.clientbook.system.SystemTestServer.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code /api/v1/imports} against the EAR on Payara Server in demo mode: a multipart upload for a dry run and for a
 * real import, following it, its report, another vendor's 404, and refused files. Each test imports addresses of its own.
 */
class ImportsApiIT {

    private static final String IMPORTS = "/api/v1/imports";
    private static final String BOUNDARY = "clientbook-test-boundary";

    private final String unique = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void aDryRunReportsEveryRowAndAnImportCreatesTheCustomers() throws Exception {
        String file = "company name;email;customer number;city\n"
                + "Import Gasthof " + unique + ";gasthof-" + unique + "@import.example;I-" + unique + ";Wien\n"
                + ";nameless-" + unique + "@import.example;;Graz\n";

        HttpResponse<String> dryRun = upload(DemoData.BALTIC_API_KEY, "customers.csv", file.getBytes(StandardCharsets.UTF_8), "true");
        assertEquals(202, dryRun.statusCode(), dryRun.body());
        long id = json(dryRun).get("id").asLong();
        assertTrue(dryRun.headers().firstValue("Location").orElseThrow().endsWith(IMPORTS + "/" + id));
        JsonNode checked = finished(DemoData.BALTIC_API_KEY, id);
        assertEquals("DONE", checked.get("status").asText());
        assertEquals(1, checked.get("counts").get("created").asInt());
        assertEquals(1, checked.get("counts").get("errors").asInt());
        assertEquals(404, byNumber(DemoData.BALTIC_API_KEY).statusCode(), "a dry run creates nothing");

        HttpResponse<String> report = send(request(IMPORTS + "/" + id + "/report")
                .header("Authorization", "Bearer " + DemoData.BALTIC_API_KEY).GET().build());
        assertEquals(200, report.statusCode());
        assertTrue(report.headers().firstValue("Content-Type").orElseThrow().startsWith("text/csv"));
        assertTrue(report.body().contains("company name,email,customer number,city,row,result,message"), report.body());
        assertTrue(report.body().contains("CREATE") && report.body().contains("company name: missing"), report.body());

        HttpResponse<String> imported = upload(DemoData.BALTIC_API_KEY, "customers.csv", file.getBytes(StandardCharsets.UTF_8), "false");
        assertEquals(202, imported.statusCode(), imported.body());
        JsonNode done = finished(DemoData.BALTIC_API_KEY, json(imported).get("id").asLong());
        assertEquals(1, done.get("counts").get("created").asInt(), done.toString());
        HttpResponse<String> customer = byNumber(DemoData.BALTIC_API_KEY);
        assertEquals(200, customer.statusCode(), customer.body());
        assertEquals("Import Gasthof " + unique, json(customer).get("companyName").asText());
    }

    @Test
    void anotherVendorsImportIsNotFound() throws Exception {
        String file = "company name,email\nTenant " + unique + ",tenant-" + unique + "@import.example\n";
        long id = json(upload(DemoData.BALTIC_API_KEY, "tenant.csv", file.getBytes(StandardCharsets.UTF_8), "true")).get("id").asLong();
        finished(DemoData.BALTIC_API_KEY, id);
        assertEquals(404, get(IMPORTS + "/" + id, "Authorization", "Bearer " + DemoData.ALPINE_API_KEY).statusCode());
        assertEquals(404, get(IMPORTS + "/" + id + "/report", "Authorization", "Bearer " + DemoData.ALPINE_API_KEY).statusCode());
        assertEquals(401, get(IMPORTS + "/" + id).statusCode());
    }

    @Test
    void aFileThatIsNoCustomerListIsRefusedWithTheReason() {
        HttpResponse<String> binary = upload(DemoData.BALTIC_API_KEY, "photo.jpg", new byte[]{(byte) 0xFF, (byte) 0xD8, 0, 0, 1}, "true");
        assertEquals(422, binary.statusCode(), binary.body());
        JsonNode problem = json(binary);
        assertEquals("file", problem.get("errors").get(0).get("field").asText());
        assertTrue(problem.get("detail").asText().contains("binary"), problem.toString());

        HttpResponse<String> noHeader = upload(DemoData.BALTIC_API_KEY, "x.csv", "Firma;Ort\nA;B\n".getBytes(StandardCharsets.UTF_8), "true");
        assertEquals(422, noHeader.statusCode(), noHeader.body());
        assertTrue(json(noHeader).get("detail").asText().contains("\"email\""), noHeader.body());

        HttpResponse<String> badFlag = upload(DemoData.BALTIC_API_KEY, "x.csv", "company name,email\n".getBytes(StandardCharsets.UTF_8), "maybe");
        assertEquals(400, badFlag.statusCode(), badFlag.body());
    }

    @Test
    void theApiDescriptionHasTheImports() {
        HttpResponse<String> description = get("/openapi");
        assertEquals(200, description.statusCode());
        assertTrue(description.body().contains("/api/v1/imports/{id}/report"), "the import operations are published");
        assertTrue(description.body().contains("Upload a customer, schedule or product file for a dry run or an import"));
    }

    private HttpResponse<String> byNumber(String key) {
        return get("/api/v1/customers/by-number/I-" + unique, "Authorization", "Bearer " + key);
    }

    private static JsonNode finished(String key, long id) throws InterruptedException {
        return finished(key, id, Duration.ofSeconds(60));
    }

    /** The import once it is DONE or FAILED, asked for every quarter second; fails the test after {@code patience}. */
    static JsonNode finished(String key, long id, Duration patience) throws InterruptedException {
        long deadline = System.currentTimeMillis() + patience.toMillis();
        while (true) {
            JsonNode state = json(get(IMPORTS + "/" + id, "Authorization", "Bearer " + key));
            if (state.get("status").asText().matches("DONE|FAILED")) {
                return state;
            }
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("Import " + id + " did not finish: " + state);
            }
            Thread.sleep(250);
        }
    }

    /** A multipart/form-data POST as a browser or curl -F sends it. */
    static HttpResponse<String> upload(String key, String fileName, byte[] content, String dryRun) {
        return upload(key, fileName, content, dryRun, null);
    }

    /** The same with the field {@code kind} (none where {@code null}). */
    static HttpResponse<String> upload(String key, String fileName, byte[] content, String dryRun, String kind) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (kind != null) {
            body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\n" + kind + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"dryRun\"\r\n\r\n" + dryRun + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(request(IMPORTS).header("Authorization", "Bearer " + key)
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }
}
