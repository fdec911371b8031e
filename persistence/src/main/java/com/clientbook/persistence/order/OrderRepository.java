package com.clientbook.persistence.order;

import com.clientbook.domain.order.CustomerOrder;
import com.clientbook.domain.order.OrderQuery;
import com.clientbook.domain.order.PickedProduct;
import com.clientbook.domain.product.Product;
import com.clientbook.domain.shared.NotFoundException;
import com.clientbook.domain.shared.Page;
import com.clientbook.persistence.shared.Repository;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Locale;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Orders by vendor and by customer company; an order of another vendor, or of another customer company, is "not
 * found". Lists read a page's lines, locations and customers in a few statements, however long the page
 * (EclipseLink's batch reading), never one statement per order.
 */
@Dependent
public class OrderRepository extends Repository {

    private static final String ORDER = "Order";
    /** A bare funnel anchor (V9: a row without a number) is no order to show. */
    private static final String NUMBERED = " and o.number is not null";

    protected OrderRepository() {
    }

    public OrderRepository(EntityManager entityManager) {
        super(entityManager);
    }

    /**
     * The vendor's next order number: one row per vendor, raised in the placing transaction (so two orders placed at
     * once wait for each other here and never share a number).
     */
    public long nextNumber(long vendorId) {
        Object next = entityManager.createNativeQuery("insert into vendor_order_number (vendor_id, last_number)"
                        + " values (?1, coalesce((select max(order_number) from customer_order where vendor_id = ?1), 0) + 1)"
                        + " on conflict (vendor_id) do update set last_number = vendor_order_number.last_number + 1"
                        + " returning last_number")
                .setParameter(1, vendorId)
                .getSingleResult();
        return ((Number) next).longValue();
    }

    public CustomerOrder add(CustomerOrder order) {
        entityManager.persist(order);
        return order;
    }

    /** One of the vendor's orders. */
    public CustomerOrder ofVendor(long vendorId, long orderId) {
        return find(orderId).filter(order -> order.vendor().id() == vendorId)
                .orElseThrow(() -> new NotFoundException(ORDER, orderId));
    }

    /** One of the customer company's orders, with any vendor. */
    public CustomerOrder ofCustomer(long customerCompanyId, long orderId) {
        return find(orderId).filter(order -> order.customer().id() == customerCompanyId)
                .orElseThrow(() -> new NotFoundException(ORDER, orderId));
    }

    private Optional<CustomerOrder> find(long orderId) {
        return entityManager.createQuery("select o from CustomerOrder o where o.id = :id" + NUMBERED, CustomerOrder.class)
                .setParameter("id", orderId)
                .getResultStream()
                .findFirst();
    }

    /** One page of the vendor's orders as the query filters them, with how many match. */
    public Page<CustomerOrder> page(long vendorId, OrderQuery query) {
        return page(vendorId, query, count(vendorId, query));
    }

    /**
     * One page of the vendor's orders as the query filters them, when the caller has counted the same filters just
     * before (a paged table asks for the count, then for the page): at 1,000,000 orders counting them all is the
     * costly part, so it is done once.
     */
    public Page<CustomerOrder> page(long vendorId, OrderQuery query, long total) {
        String order = query.updatedSince() != null ? " order by o.updatedAt, o.id" : " order by o.deliveryDay, o.number";
        List<CustomerOrder> items = batched(filtered("select o from CustomerOrder o", order, CustomerOrder.class, vendorId, query))
                .setFirstResult(query.page() * query.size()).setMaxResults(query.size()).getResultList();
        return new Page<>(items, query.page(), query.size(), total);
    }

    /** How many of the vendor's orders the query's filters find. */
    public long count(long vendorId, OrderQuery query) {
        return filtered("select count(o) from CustomerOrder o", "", Long.class, vendorId, query).getSingleResult();
    }

    /** One of an order query's filters: its JPQL condition and the parameter it names. */
    private record Filter(String condition, String parameter, Object value) {
    }

    /** The statement of the vendor's numbered orders that the query's filters find, its parameters set. */
    private <T> TypedQuery<T> filtered(String select, String order, Class<T> type, long vendorId, OrderQuery query) {
        List<Filter> filters = new ArrayList<>();
        filters.add(new Filter("o.vendor.id = :vendorId", "vendorId", vendorId));
        filters.add(new Filter("o.deliveryDay = :day", "day", query.deliveryDay()));
        filters.add(new Filter("o.status = :status", "status", query.status()));
        filters.add(new Filter("o.routeId = :routeId", "routeId", query.routeId()));
        filters.add(new Filter("o.relationship.id = :relationshipId", "relationshipId", query.relationshipId()));
        filters.add(new Filter("o.placedByVendor = :byVendor", "byVendor", query.byVendor()));
        filters.add(new Filter("o.updatedAt >= :since", "since", query.updatedSince()));
        filters.removeIf(filter -> filter.value() == null);
        String where = filters.stream().map(Filter::condition).collect(Collectors.joining(" and ", " where ", NUMBERED));
        TypedQuery<T> statement = entityManager.createQuery(select + where + order, type);
        filters.forEach(filter -> statement.setParameter(filter.parameter(), filter.value()));
        return statement;
    }

    /** One page of the customer company's orders, newest first; with {@code vendorId}, only those with that vendor. */
    public Page<CustomerOrder> ofCustomer(long customerCompanyId, Long vendorId, int page, int size) {
        String where = " where o.customer.id = :customerId" + NUMBERED + (vendorId == null ? "" : " and o.vendor.id = :vendorId");
        TypedQuery<Long> count = entityManager.createQuery("select count(o) from CustomerOrder o" + where, Long.class);
        TypedQuery<CustomerOrder> rows = entityManager.createQuery("select o from CustomerOrder o" + where
                + " order by o.placedAt desc, o.id desc", CustomerOrder.class);
        for (TypedQuery<?> statement : List.of(count, rows)) {
            statement.setParameter("customerId", customerCompanyId);
            if (vendorId != null) {
                statement.setParameter("vendorId", vendorId);
            }
        }
        List<CustomerOrder> items = batched(rows).setFirstResult(page * size).setMaxResults(size).getResultList();
        return new Page<>(items, page, size, count.getSingleResult());
    }

    /** The customer's last orders with the vendor, newest first. */
    public List<CustomerOrder> lastOfRelationship(long vendorId, long relationshipId, int count) {
        return batched(entityManager.createQuery("select o from CustomerOrder o where o.vendor.id = :vendorId" + NUMBERED
                        + " and o.relationship.id = :relationshipId order by o.placedAt desc, o.id desc", CustomerOrder.class))
                .setParameter("vendorId", vendorId)
                .setParameter("relationshipId", relationshipId)
                .setMaxResults(count)
                .getResultList();
    }

    /**
     * The picking list of a delivery day: per product, how much the day's orders that are not cancelled ask for, by
     * article number; with {@code routeId}, only that route's orders. One statement.
     */
    public List<PickedProduct> picking(long vendorId, LocalDate day, Long routeId) {
        var statement = entityManager.createNativeQuery("select l.product_id, l.article_number, min(l.product_name), l.unit,"
                        + " sum(l.quantity), count(distinct o.id)"
                        + " from customer_order o join order_line l on l.order_id = o.id"
                        // "order_number is not null" (no bare funnel anchor has a day or lines anyway) lets the day
                        // be read from customer_order_day_idx: without it, 1,000,000 orders were scanned (220 ms)
                        + " where o.vendor_id = ?1 and o.delivery_day = ?2 and o.order_number is not null"
                        + " and o.status <> 'CANCELLED'"
                        + (routeId == null ? "" : " and o.route_id = ?3")
                        + " group by l.product_id, l.article_number, l.unit order by l.article_number, l.unit")
                .setParameter(1, vendorId)
                .setParameter(2, day);
        if (routeId != null) {
            statement.setParameter(3, routeId);
        }
        List<?> rows = statement.getResultList();
        List<PickedProduct> picked = new ArrayList<>(rows.size());
        for (Object row : rows) {
            Object[] c = (Object[]) row;
            picked.add(new PickedProduct(((Number) c[0]).longValue(), (String) c[1], (String) c[2], (String) c[3],
                    ((BigDecimal) c[4]).stripTrailingZeros(), ((Number) c[5]).longValue()));
        }
        return picked;
    }

    /**
     * The day's orders of one of the vendor's routes (the route copied onto each order when placed) that are not
     * cancelled, in the order the driver visits their locations ({@code route_stop.position}); orders to a location
     * that is no stop of the route (any more) come last, by number.
     */
    public List<CustomerOrder> ofRouteInStopOrder(long vendorId, LocalDate day, long routeId) {
        List<?> ids = entityManager.createNativeQuery("select o.id from customer_order o"
                        + " left join route_stop s on s.route_id = o.route_id and s.delivery_location_id = o.delivery_location_id"
                        + " where o.vendor_id = ?1 and o.delivery_day = ?2 and o.route_id = ?3 and o.order_number is not null"
                        + " and o.status <> 'CANCELLED' order by s.position nulls last, o.order_number")
                .setParameter(1, vendorId)
                .setParameter(2, day)
                .setParameter(3, routeId)
                .getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Long> inStopOrder = ids.stream().map(id -> ((Number) id).longValue()).toList();
        java.util.Map<Long, CustomerOrder> byId = new java.util.HashMap<>();
        batched(entityManager.createQuery("select o from CustomerOrder o where o.id in :ids", CustomerOrder.class))
                .setParameter("ids", inStopOrder)
                .getResultList()
                .forEach(order -> byId.put(order.id(), order));
        return inStopOrder.stream().map(byId::get).toList();
    }

    /**
     * The vendor's products an order names, by id or by article number (trimmed, any case): one statement each.
     * Another vendor's product is simply not among them.
     */
    public List<Product> products(long vendorId, Collection<Long> ids, Collection<String> articleNumbers) {
        List<Product> found = new ArrayList<>();
        if (!ids.isEmpty()) {
            found.addAll(entityManager.createQuery("select p from Product p where p.vendor.id = :vendorId and p.id in :ids",
                            Product.class)
                    .setParameter("vendorId", vendorId)
                    .setParameter("ids", List.copyOf(ids))
                    .getResultList());
        }
        if (!articleNumbers.isEmpty()) {
            found.addAll(entityManager.createQuery("select p from Product p where p.vendor.id = :vendorId"
                            + " and lower(trim(p.articleNumber)) in :numbers", Product.class)
                    .setParameter("vendorId", vendorId)
                    .setParameter("numbers", articleNumbers.stream().map(n -> n.strip().toLowerCase(Locale.ROOT)).toList())
                    .getResultList());
        }
        return found;
    }

    /** Reads each order's lines, location and customer for the whole page in one statement each. */
    private static <T> TypedQuery<T> batched(TypedQuery<T> query) {
        return query.setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "o.lines")
                .setHint("eclipselink.batch", "o.deliveryLocation")
                .setHint("eclipselink.batch", "o.customer")
                .setHint("eclipselink.batch", "o.relationship")
                .setHint("eclipselink.batch", "o.vendor");
    }
}
