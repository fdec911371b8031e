package com.clientbook.services.product;

import com.clientbook.domain.audit.AuditEvent;
import com.clientbook.domain.company.Company;
import com.clientbook.domain.product.Product;
import com.clientbook.domain.shared.ConcurrentChangeException;
import com.clientbook.domain.shared.ConflictException;
import com.clientbook.domain.shared.Page;
import com.clientbook.domain.shared.Text;
import com.clientbook.persistence.audit.AuditRepository;
import com.clientbook.persistence.company.CompanyRepository;
import com.clientbook.persistence.customer.CustomerRepository;
import com.clientbook.persistence.product.ProductRepository;
import com.clientbook.persistence.shared.UniqueConstraints;
import com.clientbook.services.shared.Actor;
import com.clientbook.services.shared.InputValidation;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * A vendor's products. Every method takes the acting vendor; another vendor's product is "not found". Changes that
 * carry an expected version are refused with {@link ConcurrentChangeException} when someone saved the product in
 * between. Refusals change nothing: bad fields (each named), a price without currency or the other way round, an
 * article number another of the vendor's products has (in any case, the database's unique index decides).
 */
@Stateless
public class ProductService {

    private static final String KEEP = "keep products";
    private static final String PRODUCT = "Product";

    /** The largest page a list answers. */
    public static final int MAX_PAGE_SIZE = 200;

    @Inject
    ProductRepository products;

    @Inject
    CompanyRepository companies;

    @Inject
    CustomerRepository customers;

    @Inject
    AuditRepository audit;

    @Inject
    InputValidation validation;

    @Inject
    Clock clock;

    /**
     * One page of the vendor's products by name; {@code text} (optional) is found in the article number or the name, in
     * any case; {@code active} (optional) keeps only active or only inactive ones. {@code size} above
     * {@value #MAX_PAGE_SIZE} is lowered.
     */
    public Page<ProductView> page(Actor actor, String text, Boolean active, int page, int size) {
        long vendorId = actor.vendorId(KEEP);
        return products.page(vendorId, text, active, Math.max(0, page), clamp(size)).map(ProductView::of);
    }

    public ProductView get(Actor actor, long productId) {
        return ProductView.of(products.get(actor.vendorId(KEEP), productId));
    }

    public ProductView create(Actor actor, ProductInput input) {
        long vendorId = actor.vendorId(KEEP);
        validation.check(input);
        Company vendor = companies.get(vendorId);
        Instant now = clock.instant();
        Product product = products.add(new Product(vendor, input.description(), now));
        if (!input.active()) {
            product.deactivate(now);
        }
        flushOrExplain(product, input.articleNumber());
        audit.record(AuditEvent.onCompany(vendorId, actor.label(), "PRODUCT_CREATED", "product", null, summary(product), now));
        return ProductView.of(product);
    }

    /** Replaces what the vendor says of the product, its active switch included. */
    public ProductView change(Actor actor, long productId, ProductInput input, Long expectedVersion) {
        long vendorId = actor.vendorId(KEEP);
        validation.check(input);
        Product product = current(vendorId, productId, expectedVersion);
        String before = summary(product);
        Instant now = clock.instant();
        product.describe(input.description(), now);
        if (input.active()) {
            product.reactivate(now);
        } else {
            product.deactivate(now);
        }
        flushOrExplain(product, input.articleNumber());
        String after = summary(product);
        if (!before.equals(after)) {
            audit.record(AuditEvent.onCompany(vendorId, actor.label(), "PRODUCT_CHANGED", "product", before, after, now));
        }
        return ProductView.of(product);
    }

    /** Customers can no longer see or order the product; it stays in the vendor's list. Deactivating twice is no error. */
    public ProductView deactivate(Actor actor, long productId, Long expectedVersion) {
        return setActive(actor, productId, expectedVersion, false);
    }

    public ProductView reactivate(Actor actor, long productId, Long expectedVersion) {
        return setActive(actor, productId, expectedVersion, true);
    }

    private ProductView setActive(Actor actor, long productId, Long expectedVersion, boolean active) {
        long vendorId = actor.vendorId(KEEP);
        Product product = current(vendorId, productId, expectedVersion);
        if (product.isActive() != active) {
            Instant now = clock.instant();
            if (active) {
                product.reactivate(now);
            } else {
                product.deactivate(now);
            }
            flushOrExplain(product, null);
            audit.record(AuditEvent.onCompany(vendorId, actor.label(), active ? "PRODUCT_REACTIVATED" : "PRODUCT_DEACTIVATED",
                    "product", null, product.articleNumber() + " " + product.name(), now));
        }
        return ProductView.of(product);
    }

    /** The labels a product can be restricted to: the vendor's customers' labels and those already in use. */
    public List<String> labelChoices(Actor actor) {
        return products.labelChoices(actor.vendorId(KEEP));
    }

    /**
     * One page of the vendor's products one of its customers sees, as that customer's vendor staff would order for it:
     * active, and unrestricted or restricted to a label of that customer. {@code customerId} is the vendor's customer
     * (the relationship's id, as everywhere in the vendor's API); another vendor's customer is "not found".
     */
    public Page<ProductView> visibleTo(Actor actor, long customerId, String text, int page, int size) {
        long vendorId = actor.vendorId(KEEP);
        long companyId = customers.get(vendorId, customerId).customer().id();
        return products.visiblePage(vendorId, companyId, text, Math.max(0, page), clamp(size)).map(ProductView::of);
    }

    /** One page of a vendor's products the acting customer's company sees (none where it is not the vendor's customer). */
    public Page<ProductView> visibleFromVendor(Actor actor, long vendorId, String text, int page, int size) {
        long companyId = actor.customerCompanyId("see a vendor's products");
        return products.visiblePage(vendorId, companyId, text, Math.max(0, page), clamp(size)).map(ProductView::of);
    }

    private static int clamp(int size) {
        return Math.max(1, Math.min(size, MAX_PAGE_SIZE));
    }

    private Product current(long vendorId, long productId, Long expectedVersion) {
        Product product = products.get(vendorId, productId);
        if (expectedVersion != null && expectedVersion != product.version()) {
            throw new ConcurrentChangeException(PRODUCT, productId);
        }
        return product;
    }

    private void flushOrExplain(Product product, String articleNumber) {
        try {
            products.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentChangeException(PRODUCT, product.id());
        } catch (PersistenceException e) {
            String constraint = UniqueConstraints.violatedBy(e).orElseThrow(() -> e);
            if (constraint.equals(ProductRepository.ARTICLE_NUMBER_INDEX)) {
                String number = Text.trimToNull(articleNumber);
                throw new ConflictException("product.articleNumberTaken", "articleNumber",
                        "Another product already has the article number " + number + ".", number);
            }
            throw e;
        }
    }

    private static String summary(Product product) {
        return product.articleNumber() + " " + product.name() + ", " + product.packSize().toPlainString() + " "
                + product.unit().name().toLowerCase(Locale.ROOT)
                + (product.price() == null ? "" : ", " + product.price().toPlainString() + " " + product.currency())
                + (product.restrictedToLabel() == null ? "" : ", only for label " + product.restrictedToLabel())
                + (product.isActive() ? "" : ", inactive");
    }
}
