-- Delivery schedules and route assignments are imported through the same pipeline as customers (issue 14): an import
-- says what its file holds. Existing imports were all of customers. A schedule import's rows use the same row table:
-- the original cells and the customer number (to find the customer); the rest is read from the cells when planned.
alter table customer_import add column kind varchar(16) not null default 'CUSTOMERS'
    check (kind in ('CUSTOMERS', 'SCHEDULES'));
