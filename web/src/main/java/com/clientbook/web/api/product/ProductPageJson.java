package com.clientbook.web.api.product;

import com.clientbook.domain.shared.Page;
import com.clientbook.services.product.ProductView;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** One page of a vendor's products, with the total the list has without paging. */
@JsonbPropertyOrder({"items", "page", "size", "totalItems"})
@Schema(name = "ProductPage", description = "One page of the vendor's products, by name")
public record ProductPageJson(@Schema(type = SchemaType.ARRAY, implementation = ProductJson.class) List<ProductJson> items,
                              int page, int size,
                              @Schema(type = SchemaType.INTEGER, format = "int64",
                                      description = "How many products match, on all pages") long totalItems) {

    static ProductPageJson of(Page<ProductView> page) {
        return new ProductPageJson(page.items().stream().map(ProductJson::of).toList(), page.page(), page.size(), page.totalItems());
    }
}
