package com.clientbook.services.webhook;

import com.clientbook.domain.shared.InvalidInputException;
import com.clientbook.domain.shared.NotFoundException;
import com.clientbook.domain.shared.NotPermittedException;
import com.clientbook.domain.user.Role;
import com.clientbook.services.AdjustableClock;
import com.clientbook.services.ServicesDeployment;
import com.clientbook.services.TestData;
import com.clientbook.services.shared.Actor;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Webhook endpoints and the webhook outbox inside Payara Micro, on PostgreSQL: several senders at once, order per
 * customer, the three-day window (with {@link AdjustableClock}), the address policy, tenancy. Posts go to
 * {@link ScriptedTransport}; ear's WebhooksApiIT posts over HTTP to a real receiver.
 */
@ExtendWith(ArquillianExtension.class)
class WebhooksIT {

    @Deployment
    static WebArchive deployment() {
        return ServicesDeployment.war().addClasses(AdjustableClock.class, ScriptedTransport.class, WebhookTestEvents.class);
    }

    @Inject
    WebhookService webhooks;

    @Inject
    WebhookSender sender;

    @Inject
    WebhookTestEvents events;

    @Inject
    ScriptedTransport transport;

    @Inject
    AdjustableClock clock;

    @Inject
    TestData data;

    @Inject
    com.clientbook.services.invitation.InvitationService invitations;

    @Inject
    com.clientbook.services.invitation.InvitationExpiry expiry;

    @Inject
    com.clientbook.services.imports.ImportService imports;

    @Inject
    com.clientbook.services.customfield.CustomFieldService customFields;

    @Inject
    com.clientbook.services.customer.CustomerService customers;

    private static String publicUrl() {
        // a public address written as such, so the policy needs no DNS in the test
        return "https://93.184.215.14/hooks/" + UUID.randomUUID();
    }

    private static WebhookInput input(String url, String... events) {
        return new WebhookInput(url, "ERP", List.of(events), true);
    }

    @Test
    void twoSendersAtOnceSendEachEventOncePerEndpointInOrderPerCustomer() throws Exception {
        Actor admin = data.newVendorAdmin();
        String first = publicUrl();
        String second = publicUrl();
        webhooks.create(admin, input(first, "customer.updated"));
        webhooks.create(admin, input(second, "customer.updated", "customer.created"));
        events.publish(admin.companyId(), 200, 7);

        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> deliver = () -> sender.deliverDueNow(10);
            List<Future<Integer>> both = List.of(threads.submit(deliver), threads.submit(deliver));
            for (Future<Integer> one : both) {
                one.get();
            }
        } finally {
            threads.shutdown();
        }
        awaitPosts(first, 200);
        awaitPosts(second, 200);

        for (String url : List.of(first, second)) {
            List<ScriptedTransport.Post> posts = transport.postsTo(url);
            assertEquals(200, posts.size(), "each event once: " + url);
            assertEquals(200, posts.stream().map(ScriptedTransport.Post::messageId).distinct().count());
            Map<Long, List<Integer>> sequences = new HashMap<>();
            for (ScriptedTransport.Post post : posts) {
                JsonObject payload = Json.createReader(new StringReader(post.body())).readObject();
                assertEquals("customer.updated", payload.getString("type"));
                JsonObject event = payload.getJsonObject("data");
                sequences.computeIfAbsent(event.getJsonNumber("customer").longValue(), c -> new ArrayList<>())
                        .add(event.getInt("sequence"));
            }
            sequences.forEach((customer, sequence) -> assertEquals(sequence.stream().sorted().toList(), sequence,
                    "in order for customer " + customer));
        }
    }

    @Test
    void anEndpointFailingForThreeDaysIsDisabledAndItsAdminsAreMailed() {
        Actor admin = data.newVendorAdmin();
        String url = publicUrl();
        transport.answer(url, 503);
        WebhookView endpoint = webhooks.create(admin, input(url, "customer.updated"));
        events.publish(admin.companyId(), 1, 1);
        try {
            awaitPosts(url, 1);
            assertNotNull(webhooks.get(admin, endpoint.id()).failingSince());
            assertTrue(webhooks.get(admin, endpoint.id()).active(), "one day of failures is not enough");

            clock.advance(Duration.ofDays(3).plusMinutes(1));
            awaitPosts(url, 2);
            awaitInactive(admin, endpoint.id());

            WebhookView disabled = webhooks.get(admin, endpoint.id());
            assertFalse(disabled.active());
            assertNotNull(disabled.disabledAt());
            assertTrue(data.subjectsTo(data.emailOf(admin)).contains("A webhook endpoint was disabled"),
                    data.subjectsTo(data.emailOf(admin)).toString());
            List<WebhookDeliveryView> deliveries = webhooks.deliveries(admin, endpoint.id());
            assertEquals("FAILED", deliveries.get(0).status());
            assertEquals(503, deliveries.get(0).attemptList().get(0).statusCode());
        } finally {
            clock.reset();
        }
    }

    @Test
    void aNotRetryableAnswerEndsTheDeliveryAndResendQueuesItAgain() {
        Actor admin = data.newVendorAdmin();
        String url = publicUrl();
        transport.answer(url, 400);
        WebhookView endpoint = webhooks.create(admin, input(url, "customer.updated"));
        events.publish(admin.companyId(), 1, 1);
        awaitPosts(url, 1);
        awaitStatus(admin, endpoint.id(), "FAILED");
        sender.deliverDueNow(10);
        assertEquals(1, transport.postsTo(url).size(), "no retry after a 400");

        transport.answer(url, 200);
        WebhookDeliveryView failed = webhooks.deliveries(admin, endpoint.id()).get(0);
        webhooks.resend(admin, endpoint.id(), failed.id());
        awaitPosts(url, 2);
        assertEquals(failed.messageId(), transport.postsTo(url).get(1).messageId(), "a resend keeps the message id");
    }

    @Test
    void theSignatureVerifiesWithTheSecretShownAtCreationAndBothSecretsDuringARotation() {
        Actor admin = data.newVendorAdmin();
        String url = publicUrl();
        WebhookView created = webhooks.create(admin, input(url, "customer.updated"));
        assertTrue(created.secret().startsWith("whsec_"));
        assertNull(webhooks.get(admin, created.id()).secret(), "the secret is shown once");
        WebhookView rotated = webhooks.rotateSecret(admin, created.id());
        webhooks.sendTestEvent(admin, created.id());
        awaitPosts(url, 1);

        ScriptedTransport.Post post = transport.postsTo(url).get(0);
        assertTrue(post.body().contains("\"type\":\"webhook.test\""), post.body());
        String[] signatures = post.signature().split(" ");
        assertEquals(2, signatures.length, post.signature());
        assertTrue(WebhookSignature.verify(rotated.secret(), post.messageId(), post.timestamp(), post.body(), post.signature()));
        assertTrue(WebhookSignature.verify(created.secret(), post.messageId(), post.timestamp(), post.body(), post.signature()),
                "the former secret signs for 24 hours");
        assertFalse(WebhookSignature.verify(created.secret(), post.messageId(), post.timestamp(), post.body() + " ",
                post.signature()), "a tampered body fails");
    }

    @Test
    void addressesThatLeadInsideAreRefusedAtRegistration() {
        Actor admin = data.newVendorAdmin();
        for (String url : List.of("https://127.0.0.1/x", "https://10.0.0.1/x", "https://169.254.169.254/latest/meta-data",
                "https://[::1]/x", "https://localhost/x", "http://93.184.215.14/x")) {
            InvalidInputException refused = assertThrows(InvalidInputException.class, () -> webhooks.create(admin, input(url, "order.placed")));
            assertEquals("url", refused.errors().get(0).field(), url);
        }
        InvalidInputException unknown = assertThrows(InvalidInputException.class,
                () -> webhooks.create(admin, input(publicUrl(), "customer.eaten")));
        assertEquals("events", unknown.errors().get(0).field());
        assertTrue(webhooks.list(admin).isEmpty(), "nothing registered");
    }

    @Test
    void anotherVendorNeitherSeesNorChangesAnEndpointNorReceivesItsEvents() {
        Actor admin = data.newVendorAdmin();
        Actor other = data.newVendorAdmin();
        String url = publicUrl();
        WebhookView endpoint = webhooks.create(admin, input(url, "customer.updated"));

        assertTrue(webhooks.list(other).isEmpty());
        assertThrows(NotFoundException.class, () -> webhooks.get(other, endpoint.id()));
        assertThrows(NotFoundException.class, () -> webhooks.change(other, endpoint.id(), input(publicUrl(), "order.placed"), null));
        assertThrows(NotFoundException.class, () -> webhooks.delete(other, endpoint.id(), null));
        assertThrows(NotFoundException.class, () -> webhooks.deliveries(other, endpoint.id()));
        assertThrows(NotFoundException.class, () -> webhooks.sendTestEvent(other, endpoint.id()));
        assertThrows(NotFoundException.class, () -> webhooks.rotateSecret(other, endpoint.id()));

        events.publish(other.companyId(), 3, 1);
        sender.deliverDueNow(10);
        assertEquals(0, transport.postsTo(url).size(), "another vendor's events are not this endpoint's");
        Actor staff = Actor.person(1L, admin.companyId(), Role.VENDOR_STAFF, "Staff");
        assertThrows(NotPermittedException.class, () -> webhooks.list(staff));
    }

    @Test
    void anExpiredInvitationIsAnnouncedOnceToItsVendorOnly() {
        Actor admin = data.newVendorAdmin();
        Actor other = data.newVendorAdmin();
        String url = publicUrl();
        String otherUrl = publicUrl();
        webhooks.create(admin, input(url, "invitation.expired"));
        webhooks.create(other, input(otherUrl, "invitation.expired", "invitation.accepted"));
        String email = "expiring-" + UUID.randomUUID() + "@example.com";
        long invitation = invitations.invite(admin, new com.clientbook.services.invitation.NewInvitation(email, "Eva",
                "Expiring", null, null, List.of(), false)).id();
        try {
            expiry.announceExpired();
            sender.deliverDueNow(10);
            assertEquals(0, transport.postsTo(url).size(), "not expired yet");

            clock.advance(Duration.ofDays(15));
            expiry.announceExpired();
            expiry.announceExpired();
            awaitPosts(url, 1);
            sender.deliverDueNow(10);
            List<ScriptedTransport.Post> posts = transport.postsTo(url);
            assertEquals(1, posts.size(), "announced once");
            JsonObject payload = Json.createReader(new StringReader(posts.get(0).body())).readObject();
            assertEquals("invitation.expired", payload.getString("type"));
            assertEquals(invitation, payload.getJsonObject("data").getJsonNumber("id").longValue());
            assertEquals(email, payload.getJsonObject("data").getString("email"));
            assertEquals("EXPIRED", payload.getJsonObject("data").getString("status"));
            assertEquals(0, transport.postsTo(otherUrl).size(), "another vendor's endpoint receives nothing");
        } finally {
            clock.reset();
        }
    }

    @Test
    void anImportWritesOneEventPerRowItCreatesOrChangesExactlyOnceAndOnlyToItsVendor() throws Exception {
        Actor admin = data.newVendorAdmin();
        Actor other = data.newVendorAdmin();
        String url = publicUrl();
        String otherUrl = publicUrl();
        List<String> all = List.of("customer.created", "customer.updated", "customer.linked", "import.finished");
        webhooks.create(admin, new WebhookInput(url, "ERP", all, true));
        webhooks.create(other, new WebhookInput(otherUrl, "ERP", all, true));
        customFields.create(admin, new com.clientbook.services.customfield.CustomFieldInput("zone", "Zone", "Zone",
                "TEXT", List.of(), false, true, true, false));
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String header = "company name;email;customer number;labels;contact first name;contact last name;city;country\n";
        StringBuilder first = new StringBuilder(header);
        StringBuilder second = new StringBuilder(header);
        for (int i = 1; i <= 3; i++) {
            String row = "Hook Import " + tag + " " + i + ";hook-" + tag + "-" + i + "@example.com;H" + tag + i
                    + ";zeta|Alpha;Ida;Import;%s;AT\n";
            first.append(row.formatted("Linz"));
            second.append(row.formatted(i == 2 ? "Graz" : "Linz"));
        }
        imported(admin, first.toString());
        imported(admin, second.toString());

        awaitPosts(url, 3 + 1 + 2);
        sender.deliverDueNow(10);
        List<ScriptedTransport.Post> posts = transport.postsTo(url);
        assertEquals(6, posts.size(), "3 created, 1 updated, 2 finished: " + posts);
        assertEquals(6, posts.stream().map(ScriptedTransport.Post::messageId).distinct().count(), "each event once");
        Map<String, List<JsonObject>> byType = posts.stream()
                .map(post -> Json.createReader(new StringReader(post.body())).readObject())
                .collect(Collectors.groupingBy(payload -> payload.getString("type"),
                        Collectors.mapping(payload -> payload.getJsonObject("data"), Collectors.toList())));
        assertEquals(java.util.Set.of("H" + tag + "1", "H" + tag + "2", "H" + tag + "3"), byType.get("customer.created")
                .stream().map(data -> data.getString("customerNumber")).collect(Collectors.toSet()));
        assertTrue(byType.get("customer.created").stream().allMatch(data -> "PROSPECT".equals(data.getString("status"))
                && "Linz".equals(data.getString("city"))));
        JsonObject updated = byType.get("customer.updated").get(0);
        assertEquals(1, byType.get("customer.updated").size());
        assertEquals("H" + tag + "2", updated.getString("customerNumber"));
        assertEquals("Graz", updated.getString("city"));
        assertTrue(updated.getJsonObject("customFields").containsKey("zone"), "custom fields as a read has them: " + updated);
        assertTrue(byType.get("customer.created").stream().allMatch(data -> data.getJsonObject("customFields").isNull("zone")));
        assertEquals(List.of("city"), updated.getJsonArray("changedFields").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList());
        // created events are built from the values the import wrote, not read back: they show what a read shows
        for (JsonObject created : byType.get("customer.created")) {
            if (!created.getString("customerNumber").equals("H" + tag + "2")) {
                long id = created.getJsonNumber("id").longValue();
                assertEquals(WebhookPayloads.customer(customers.get(admin, id), customers.customFields(admin, id)).build(),
                        created, "customer.created as GET /customers/{id} reads it");
            }
        }
        assertEquals(2, byType.get("import.finished").size());
        assertEquals(0, transport.postsTo(otherUrl).size(), "another vendor's endpoint receives none of them");
    }

    @Test
    void customerEventsCarryTheCustomFieldsAsACustomerReadDoesAndOnlyTheVendorsOwn() {
        Actor admin = data.newVendorAdmin();
        Actor other = data.newVendorAdmin();
        customFields.create(admin, new com.clientbook.services.customfield.CustomFieldInput("seats", "Seats", "Plätze",
                "NUMBER", List.of(), false, true, true, false));
        customFields.create(admin, new com.clientbook.services.customfield.CustomFieldInput("cuisine", "Cuisine", "Küche",
                "CHOICES", List.of("Thai", "Italian"), false, true, true, false));
        customFields.create(other, new com.clientbook.services.customfield.CustomFieldInput("secret", "Secret", "Geheim",
                "TEXT", List.of(), false, true, true, false));
        String url = publicUrl();
        webhooks.create(admin, input(url, "customer.created", "customer.updated"));
        String email = "hook-cf-" + UUID.randomUUID() + "@example.com";
        var customer = customers.add(admin, new com.clientbook.services.customer.NewCustomer("Hook fields " + email, email,
                null, null, null, null, null, null, null, null, false, List.of()));
        Map<String, Object> values = new HashMap<>();
        values.put("seats", new java.math.BigDecimal("40"));
        values.put("cuisine", List.of("Italian"));
        customers.change(admin, customer.id(),
                com.clientbook.services.customer.CustomerPatch.nothing().withCustomFields(values), null);

        awaitPosts(url, 2);
        List<JsonObject> data = transport.postsTo(url).stream()
                .map(post -> Json.createReader(new StringReader(post.body())).readObject().getJsonObject("data")).toList();
        JsonObject created = data.get(0).getJsonObject("customFields");
        assertEquals(java.util.Set.of("seats", "cuisine"), created.keySet(), "the vendor's fields only: " + created);
        assertTrue(created.isNull("seats") && created.isNull("cuisine"), "no values yet: " + created);
        JsonObject updated = data.get(1).getJsonObject("customFields");
        assertEquals(40, updated.getJsonNumber("seats").intValue());
        assertEquals(List.of("Italian"), updated.getJsonArray("cuisine").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList());
        assertEquals(java.util.Set.of("customFields.seats", "customFields.cuisine"), data.get(1).getJsonArray("changedFields")
                .getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString)
                .collect(Collectors.toSet()));
    }

    private void imported(Actor vendor, String file) throws InterruptedException {
        var started = imports.start(vendor, "hooks.csv", file.getBytes(java.nio.charset.StandardCharsets.UTF_8), false,
                com.clientbook.services.imports.ImportOptions.none());
        long until = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        var view = started;
        while (!view.finished() && System.nanoTime() < until) {
            Thread.sleep(200);
            view = imports.get(vendor, started.id());
        }
        assertTrue(view.finished(), "import finished: " + view);
        assertEquals(0, view.errors(), "no row errors: " + view);
    }

    private void awaitPosts(String url, int count) {
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (transport.postsTo(url).size() < count && System.nanoTime() < until) {
            sender.deliverDueNow(10);
            pause();
        }
        assertTrue(transport.postsTo(url).size() >= count, "posts to " + url + ": " + transport.postsTo(url).size());
    }

    private void awaitInactive(Actor admin, long endpointId) {
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (webhooks.get(admin, endpointId).active() && System.nanoTime() < until) {
            pause();
        }
    }

    private void awaitStatus(Actor admin, long endpointId, String status) {
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!webhooks.deliveries(admin, endpointId).stream().map(WebhookDeliveryView::status)
                .collect(Collectors.toSet()).equals(java.util.Set.of(status)) && System.nanoTime() < until) {
            pause();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
