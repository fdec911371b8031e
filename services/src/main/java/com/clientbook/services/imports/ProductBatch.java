package com.clientbook.services.imports;

import com.clientbook.domain.imports.ImportPhase;
import com.clientbook.domain.imports.RowAction;
import com.clientbook.domain.product.Product;
import com.clientbook.domain.user.Role;
import com.clientbook.persistence.imports.ImportJob;
import com.clientbook.persistence.imports.RowResult;
import com.clientbook.persistence.imports.StagedRow;
import com.clientbook.persistence.product.ProductRepository;
import com.clientbook.services.product.ProductService;
import com.clientbook.services.shared.Actor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One batch of a product import (issue 15), in {@link ImportSteps}' transaction: reads the vendor's products with the
 * batch's article numbers in one statement, plans each row ({@link ProductPlanner}) and, when applying, writes it
 * through {@link ProductService} as a vendor does by hand: the same rules, the same history in the vendor's company
 * history, with the import named as who did it. Article numbers are only looked up within the import's vendor.
 */
@Dependent
public class ProductBatch {

    @Inject
    ProductRepository products;

    @Inject
    ProductService productService;

    /** Plans (and, when applying, does) the batch's rows; what was planned or done per row. */
    public List<RowResult> run(ImportJob job, List<StagedRow> batch) {
        ProductColumns columns = ProductColumns.of(job.headers());
        List<ProductRow> parsed = batch.stream().map(row -> ProductRow.of(row.rowNumber(), row.original(), columns)).toList();
        Map<String, ProductPlanner.Stored> stored = new HashMap<>();
        for (Product product : products.findByArticleNumbers(job.vendorId(),
                parsed.stream().map(ProductRow::articleNumber).filter(Objects::nonNull).toList())) {
            stored.put(ProductPlanner.key(product.articleNumber()), ProductPlanner.Stored.of(product));
        }
        ProductPlanner planner = new ProductPlanner(columns, stored);
        List<ProductPlanner.Plan> plans = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            plans.add(planner.plan(parsed.get(i), batch.get(i).fileErrorColumn(), batch.get(i).fileError()));
        }
        if (job.phase() == ImportPhase.APPLY) {
            // the import acts with a vendor's rights, named in the history as the import: who started it, its number, its file
            Actor actor = new Actor(job.userId(), job.vendorId(), Role.VENDOR_STAFF, ImportSteps.historyActor(job));
            for (ProductPlanner.Plan plan : plans) {
                if (plan.action() == RowAction.CREATE) {
                    productService.create(actor, plan.input());
                } else if (plan.action() == RowAction.UPDATE) {
                    productService.change(actor, plan.productId(), plan.input(), plan.version());
                }
            }
        }
        return plans.stream().map(p -> new RowResult(p.rowNumber(), p.action(), p.errorColumn(), p.message(), null, null))
                .toList();
    }
}
