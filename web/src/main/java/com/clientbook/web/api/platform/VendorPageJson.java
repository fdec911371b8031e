package com.clientbook.web.api.platform;

import com.clientbook.domain.shared.Page;
import com.clientbook.services.platform.VendorRow;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** One page of the platform's vendors, with the total without paging. */
@JsonbPropertyOrder({"items", "page", "size", "totalItems"})
@Schema(name = "PlatformVendorPage", description = "One page of the platform's vendors")
public record VendorPageJson(List<VendorSummaryJson> items, int page, int size,
                             @Schema(type = SchemaType.INTEGER, format = "int64") long totalItems) {

    static VendorPageJson of(Page<VendorRow> page) {
        return new VendorPageJson(page.items().stream().map(VendorSummaryJson::of).toList(), page.page(), page.size(),
                page.totalItems());
    }
}
