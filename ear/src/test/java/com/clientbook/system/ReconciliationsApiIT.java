package com.clientbook.system;

import com.clientbook.services.demo.DemoData;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import static com.clientbook.system.SystemTestServer.JSON;
import static com.clientbook.system.SystemTestServer.apiGet;
import static com.clientbook.system.SystemTestServer.json;
import static com.clientbook.system.SystemTestServer.request;
import static com.clientbook.system.SystemTestServer.send;
import static com.clientbook.system.SystemTestServer.sendJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code /api/v1/reconciliations} against the EAR: the ERP's list as JSON and as a file with its columns named,
 * the report, accepting a proposal twice, the download, running again, the hand-over to the import, and another
 * vendor's 404 on every endpoint.
 */
class ReconciliationsApiIT {

    private static final String RECONCILIATIONS = "/api/v1/reconciliations";
    private static final String BOUNDARY = "clientbook-reconciliation-boundary";

    private final String unique = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void anErpReconcilesAcceptsAProposalTwiceAndAnotherVendorFindsNothing() {
        SystemTestServer.addCustomer(DemoData.BALTIC_API_KEY, JSON.createObjectNode().put("companyName", "Api Recon Hof " + unique)
                .put("email", "recon-" + unique + "@recon.example").put("postalCode", "18055").put("city", "Rostock")
                .put("sendInvitation", false));
        SystemTestServer.addCustomer(DemoData.BALTIC_API_KEY, JSON.createObjectNode().put("companyName", "Api Numbered " + unique)
                .put("email", "numbered-" + unique + "@recon.example").put("customerNumber", "AR1-" + unique)
                .put("sendInvitation", false));
        ObjectNode body = JSON.createObjectNode().put("source", "erp-" + unique);
        ArrayNode rows = body.putArray("rows");
        rows.addObject().put("customerNumber", "AR1-" + unique).put("name", "Api Numbered Changed " + unique)
                .put("email", "numbered-" + unique + "@recon.example");
        rows.addObject().put("customerNumber", "AR2-" + unique).put("name", "Api Recon Hof " + unique)
                .put("email", "recon-" + unique + "@recon.example").put("postalCode", "18055");
        rows.addObject().put("customerNumber", "AR3-" + unique).put("name", "=cmd|' /C calc'!A0 " + unique);

        HttpResponse<String> created = sendJson("POST", RECONCILIATIONS, DemoData.BALTIC_API_KEY, body);
        assertEquals(201, created.statusCode(), created.body());
        long id = json(created).get("id").asLong();
        assertTrue(created.headers().firstValue("Location").orElseThrow().endsWith(RECONCILIATIONS + "/" + id));
        JsonNode counts = json(created).get("counts");
        assertTrue(counts.get("matchedDiffering").asInt() >= 1 && counts.get("proposals").asInt() >= 1, counts.toString());

        JsonNode proposals = apiGetOk(RECONCILIATIONS + "/" + id + "?kind=proposal&size=200").get("findings").get("items");
        JsonNode proposal = null;
        for (JsonNode p : proposals) {
            if (p.get("erp").get("customerNumber").asText().equals("AR2-" + unique)) {
                proposal = p;
            }
        }
        assertTrue(proposal != null, proposals.toString());
        assertEquals("e-mail equal, name equal, same postal code", proposal.get("reason").asText());
        assertEquals(1.0, proposal.get("score").asDouble());
        long proposalId = proposal.get("id").asLong();

        String other = DemoData.ALPINE_API_KEY;
        String accept = JSON.createObjectNode().set("proposals", JSON.createArrayNode().add(proposalId)).toString();
        for (Map.Entry<String, String> call : Map.of("GET", RECONCILIATIONS + "/" + id, "GET ", RECONCILIATIONS + "/" + id + "/report",
                "POST", RECONCILIATIONS + "/" + id + "/accept", "POST ", RECONCILIATIONS + "/" + id + "/rerun",
                "POST  ", RECONCILIATIONS + "/" + id + "/import").entrySet()) {
            HttpResponse<String> answer = call.getKey().startsWith("GET") ? apiGet(call.getValue(), other)
                    : SystemTestServer.sendText("POST", call.getValue(), other, "application/json", accept);
            assertEquals(404, answer.statusCode(), call.getValue() + ": " + answer.body());
        }
        assertEquals(401, SystemTestServer.get(RECONCILIATIONS + "/" + id).statusCode());

        HttpResponse<String> first = SystemTestServer.sendText("POST", RECONCILIATIONS + "/" + id + "/accept",
                DemoData.BALTIC_API_KEY, "application/json", accept);
        assertEquals(200, first.statusCode(), first.body());
        assertEquals(1, json(first).get("assigned").asInt());
        HttpResponse<String> second = SystemTestServer.sendText("POST", RECONCILIATIONS + "/" + id + "/accept",
                DemoData.BALTIC_API_KEY, "application/json", accept);
        assertEquals(0, json(second).get("assigned").asInt(), "accepting twice changes nothing");
        assertEquals(1, json(second).get("unchanged").asInt());
        assertEquals("Api Recon Hof " + unique, apiGetOk("/api/v1/customers/by-number/AR2-" + unique).get("companyName").asText());

        HttpResponse<String> report = apiGet(RECONCILIATIONS + "/" + id + "/report", DemoData.BALTIC_API_KEY);
        assertEquals(200, report.statusCode());
        assertTrue(report.headers().firstValue("Content-Type").orElseThrow().startsWith("text/csv"));
        assertTrue(report.body().contains("'=cmd|"), "formulas neutralised");

        HttpResponse<String> rerun = SystemTestServer.sendText("POST", RECONCILIATIONS + "/" + id + "/rerun",
                DemoData.BALTIC_API_KEY, "application/json", "");
        assertEquals(201, rerun.statusCode(), rerun.body());
        assertEquals(id, json(rerun).get("rerunOf").asLong());
        HttpResponse<String> imported = SystemTestServer.sendText("POST", RECONCILIATIONS + "/" + json(rerun).get("id").asLong()
                + "/import", DemoData.BALTIC_API_KEY, "application/json", "");
        assertEquals(202, imported.statusCode(), imported.body());
        assertTrue(json(imported).get("dryRun").asBoolean());
    }

    @Test
    void aFileIsReadWithTheNamedColumnsAndAnUnknownColumnIsRefused() {
        byte[] file = ("Debitor;Firma;Mail\nAF1-" + unique + ";File Recon " + unique + ";file-" + unique + "@recon.example\n")
                .getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> refused = upload(file, Map.of("customerNumber", "Nummer", "name", "Firma"));
        assertEquals(400, refused.statusCode(), refused.body());
        assertEquals("customerNumber", json(refused).get("errors").get(0).get("field").asText());

        HttpResponse<String> created = upload(file, Map.of("customerNumber", "Debitor", "name", "Firma"));
        assertEquals(201, created.statusCode(), created.body());
        assertEquals(1, json(created).get("totalRows").asInt());
        assertTrue(json(created).get("counts").get("erpOnly").asInt() >= 1, created.body());
    }

    private static JsonNode apiGetOk(String path) {
        return SystemTestServer.apiGetOk(path, DemoData.BALTIC_API_KEY);
    }

    private static HttpResponse<String> upload(byte[] content, Map<String, String> fields) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name
                + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"erp.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(request(RECONCILIATIONS).header("Authorization", "Bearer " + DemoData.BALTIC_API_KEY)
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }
}
