package com.clientbook.system;

import com.clientbook.services.demo.DemoData;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import static com.clientbook.system.SystemTestServer.get;
import static com.clientbook.system.SystemTestServer.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Product imports through {@code /api/v1/imports} with {@code kind=products} against the EAR (issue 15): Alpine's dry
 * run reports each row, the import creates the products, the same file again changes nothing; Baltic reads Alpine's
 * product import as 404 and its file with the same article number makes Baltic's own product, never touching Alpine's;
 * a file without the product columns is a 422 naming the missing one.
 */
class ProductImportsApiIT {

    private static final String IMPORTS = "/api/v1/imports";

    private final String unique = UUID.randomUUID().toString().substring(0, 6);

    @Test
    void aProductFileIsCheckedImportedAndAgainChangesNothingAndAnotherVendorSeesNoneOfIt() throws Exception {
        String file = "Artikelnummer;Bezeichnung;Einheit;Gebindegröße;Preis;Währung\n"
                + "PI-" + unique + ";Bergkäse;kg;2,5;18,90;EUR\n"
                + "PX-" + unique + ";Fass;Fass;1;;\n";

        HttpResponse<String> dryRun = ImportsApiIT.upload(DemoData.ALPINE_API_KEY, "produkte.csv",
                file.getBytes(StandardCharsets.UTF_8), "true", "products");
        assertEquals(202, dryRun.statusCode(), dryRun.body());
        assertEquals("PRODUCTS", json(dryRun).get("kind").asText());
        JsonNode checked = ImportsApiIT.finished(DemoData.ALPINE_API_KEY, json(dryRun).get("id").asLong(), Duration.ofSeconds(60));
        assertEquals(1, checked.get("counts").get("created").asInt(), checked.toString());
        assertEquals(1, checked.get("counts").get("errors").asInt(), checked.toString());
        String report = SystemTestServer.send(SystemTestServer.request(IMPORTS + "/" + checked.get("id").asLong() + "/report")
                .header("Authorization", "Bearer " + DemoData.ALPINE_API_KEY).GET().build()).body();
        assertTrue(report.contains("unit: \"\"Fass\"\" is not a unit"), report);
        assertEquals(0, products(DemoData.ALPINE_API_KEY).get("totalItems").asInt(), "a dry run writes nothing");

        JsonNode imported = ImportsApiIT.finished(DemoData.ALPINE_API_KEY, json(ImportsApiIT.upload(DemoData.ALPINE_API_KEY,
                "produkte.csv", file.getBytes(StandardCharsets.UTF_8), "false", "products")).get("id").asLong(),
                Duration.ofSeconds(60));
        assertEquals("DONE", imported.get("status").asText(), imported.toString());
        JsonNode cheese = products(DemoData.ALPINE_API_KEY).get("items").get(0);
        assertEquals("Bergkäse", cheese.get("name").asText(), cheese.toString());
        assertEquals("KG", cheese.get("unit").asText());
        assertEquals(2.5, cheese.get("packSize").asDouble());
        assertEquals(18.9, cheese.get("price").asDouble());

        JsonNode again = ImportsApiIT.finished(DemoData.ALPINE_API_KEY, json(ImportsApiIT.upload(DemoData.ALPINE_API_KEY,
                "produkte.csv", file.getBytes(StandardCharsets.UTF_8), "false", "products")).get("id").asLong(),
                Duration.ofSeconds(60));
        assertEquals(0, again.get("counts").get("created").asInt() + again.get("counts").get("updated").asInt(), again.toString());
        assertEquals(1, again.get("counts").get("unchanged").asInt(), again.toString());

        long id = imported.get("id").asLong();
        assertEquals(404, get(IMPORTS + "/" + id, "Authorization", "Bearer " + DemoData.BALTIC_API_KEY).statusCode());
        assertEquals(404, get(IMPORTS + "/" + id + "/report", "Authorization", "Bearer " + DemoData.BALTIC_API_KEY).statusCode());
        String theirs = "article number;name;unit;pack size\nPI-" + unique + ";Baltic cheese;piece;1\n";
        JsonNode baltic = ImportsApiIT.finished(DemoData.BALTIC_API_KEY, json(ImportsApiIT.upload(DemoData.BALTIC_API_KEY,
                "theirs.csv", theirs.getBytes(StandardCharsets.UTF_8), "false", "products")).get("id").asLong(),
                Duration.ofSeconds(60));
        assertEquals(1, baltic.get("counts").get("created").asInt(), "the number at Alpine is not Baltic's: " + baltic);
        assertEquals("Bergkäse", products(DemoData.ALPINE_API_KEY).get("items").get(0).get("name").asText());
        assertEquals("Baltic cheese", products(DemoData.BALTIC_API_KEY).get("items").get(0).get("name").asText());
    }

    @Test
    void aProductFileWithoutItsColumnsIsRefusedNamingTheMissingOne() {
        HttpResponse<String> noHeader = ImportsApiIT.upload(DemoData.ALPINE_API_KEY, "x.csv",
                "article number;name;pack size\nA;B;1\n".getBytes(StandardCharsets.UTF_8), "true", "products");
        assertEquals(422, noHeader.statusCode(), noHeader.body());
        assertTrue(json(noHeader).get("detail").asText().contains("\"unit\" is missing"), noHeader.body());
    }

    private JsonNode products(String key) throws Exception {
        return SystemTestServer.apiGetOk("/api/v1/products?q=PI-" + unique, key);
    }
}
