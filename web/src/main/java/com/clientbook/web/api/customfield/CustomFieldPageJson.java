package com.clientbook.web.api.customfield;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** All of the vendor's custom fields, on one page. */
@JsonbPropertyOrder({"items", "page", "size", "totalItems"})
@Schema(name = "CustomFieldPage", description = "The vendor's custom fields, in the order they were defined")
public record CustomFieldPageJson(List<CustomFieldJson> items, int page, int size, long totalItems) {
}
