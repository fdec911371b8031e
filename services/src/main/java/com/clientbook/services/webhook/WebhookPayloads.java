package com.clientbook.services.webhook;

import com.clientbook.services.customer.CustomerView;
import com.clientbook.services.invitation.InvitationView;
import com.clientbook.services.order.OrderLineView;
import com.clientbook.services.order.OrderView;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The JSON of webhook events, in the shapes of the API's customer and order (docs/api.md), so an integrator reads an
 * event as it reads the API. Built here rather than from the web module's JSON types: the services do not know the web.
 */
final class WebhookPayloads {

    private WebhookPayloads() {
    }

    static String envelope(String type, Instant timestamp, JsonObject data) {
        return Json.createObjectBuilder().add("type", type).add("timestamp", timestamp.toString()).add("data", data)
                .build().toString();
    }

    /**
     * The customer with {@code customFields: {key: value}} as a customer read answers it: every active field of the
     * vendor, null where the customer has no value; numbers as numbers, dates as 2026-12-31, several choices as an array.
     */
    static JsonObjectBuilder customer(CustomerView c, java.util.Map<String, Object> customFields) {
        JsonObjectBuilder fields = Json.createObjectBuilder();
        if (customFields != null) {
            customFields.forEach((key, value) -> {
                if (value == null) {
                    fields.addNull(key);
                } else if (value instanceof BigDecimal number) {
                    fields.add(key, number);
                } else if (value instanceof Boolean flag) {
                    fields.add(key, flag);
                } else if (value instanceof java.util.List<?> list) {
                    JsonArrayBuilder options = Json.createArrayBuilder();
                    list.forEach(option -> options.add(String.valueOf(option)));
                    fields.add(key, options);
                } else {
                    fields.add(key, String.valueOf(value));
                }
            });
        }
        return customer(c).add("customFields", fields);
    }

    static JsonObjectBuilder customer(CustomerView c) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("id", c.id());
        put(json, "companyId", c.companyPublicId());
        put(json, "companyName", c.companyName());
        put(json, "email", c.email());
        put(json, "customerNumber", c.customerNumber());
        JsonArrayBuilder labels = Json.createArrayBuilder();
        c.labels().forEach(labels::add);
        json.add("labels", labels);
        put(json, "status", c.status() == null ? null : c.status().name());
        json.add("banned", c.banned());
        put(json, "street", c.street());
        put(json, "postalCode", c.postalCode());
        put(json, "city", c.city());
        put(json, "country", c.country());
        put(json, "createdAt", c.createdAt() == null ? null : c.createdAt().toString());
        put(json, "updatedAt", c.updatedAt() == null ? null : c.updatedAt().toString());
        return json;
    }

    /** An invitation as GET /invitations/{id} shows it. */
    static JsonObjectBuilder invitation(InvitationView i) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("id", i.id());
        put(json, "email", i.email());
        put(json, "firstName", i.firstName());
        put(json, "lastName", i.lastName());
        put(json, "businessName", i.businessName());
        put(json, "customerNumber", i.customerNumber());
        JsonArrayBuilder labels = Json.createArrayBuilder();
        i.labels().forEach(labels::add);
        json.add("labels", labels);
        json.add("personal", i.personal());
        put(json, "status", i.status() == null ? null : i.status().name());
        put(json, "sentAt", i.sentAt() == null ? null : i.sentAt().toString());
        put(json, "sentBy", i.sentBy());
        put(json, "expiresAt", i.expiresAt() == null ? null : i.expiresAt().toString());
        put(json, "acceptedAt", i.acceptedAt() == null ? null : i.acceptedAt().toString());
        put(json, "acceptedBy", i.acceptedBy());
        if (i.customerId() == null) {
            json.addNull("customerId");
        } else {
            json.add("customerId", i.customerId());
        }
        put(json, "createdAt", i.createdAt() == null ? null : i.createdAt().toString());
        return json;
    }

    static JsonObjectBuilder order(OrderView o) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("id", o.id()).add("number", o.number())
                .add("status", o.status().name()).add("customerId", o.customerId());
        put(json, "customerName", o.customerName());
        put(json, "customerNumber", o.customerNumber());
        json.add("deliveryLocationId", o.deliveryLocationId());
        put(json, "deliveryLocationName", o.deliveryLocationName());
        put(json, "deliveryDay", o.deliveryDay() == null ? null : o.deliveryDay().toString());
        put(json, "orderDeadline", o.orderDeadline() == null ? null : o.orderDeadline().toString());
        put(json, "routeCode", o.routeCode());
        JsonArrayBuilder lines = Json.createArrayBuilder();
        for (OrderLineView line : o.lines()) {
            JsonObjectBuilder l = Json.createObjectBuilder().add("productId", line.productId());
            put(l, "articleNumber", line.articleNumber());
            put(l, "productName", line.productName());
            put(l, "unit", line.unit());
            l.add("quantity", line.quantity() == null ? BigDecimal.ZERO : line.quantity());
            lines.add(l);
        }
        json.add("lines", lines);
        put(json, "note", o.note());
        put(json, "placedAt", o.placedAt() == null ? null : o.placedAt().toString());
        put(json, "placedBy", o.placedBy());
        json.add("placedByVendor", o.placedByVendor());
        put(json, "cancelReason", o.cancelReason());
        put(json, "updatedAt", o.updatedAt() == null ? null : o.updatedAt().toString());
        json.add("version", o.version());
        return json;
    }

    static void put(JsonObjectBuilder json, String name, String value) {
        if (value == null) {
            json.addNull(name);
        } else {
            json.add(name, value);
        }
    }
}
