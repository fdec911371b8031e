-- A customer's orders with the vendor, newest first: the customer details page's last orders, and the orders list and
-- GET /orders filtered by customer, read them by relationship. With 1,000,000 orders of one vendor (docs/benchmarks.md,
-- "Orders") and no index on relationship_id, EXPLAIN ANALYZE showed a parallel scan of every order for a customer's
-- last five (146 ms); this index reads the customer's own entries, about ten.
create index customer_order_relationship_idx on customer_order (relationship_id, placed_at desc, id desc)
    where order_number is not null;
