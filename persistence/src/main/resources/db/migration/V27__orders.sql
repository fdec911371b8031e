-- Orders (docs/architecture.md, "Orders"): customer_order, the anchor of the funnel's "Has ordered" since V9, gets
-- what an order is. What the order was placed for is copied onto it when it is placed (customer number, route,
-- deadline, each line's article), so the order reads the same after the relationship, the route or the product
-- change. Rows written as bare anchors before (tests, older data) keep their columns empty and count for the funnel
-- only; the order pages and the API list orders with a number.

-- The next order number of each vendor: one row a vendor, raised in the placing transaction. Numbers are sequential
-- per vendor; a rolled-back order leaves a gap, which is allowed.
create table vendor_order_number (
    vendor_id   bigint primary key references company (id),
    last_number bigint not null check (last_number > 0)
);

-- Whether the vendor's people may order on a customer's behalf (the vendor admin's setting).
alter table company add column orders_on_behalf boolean not null default false;

alter table customer_order
    add column order_number         bigint check (order_number > 0),
    add column relationship_id      bigint references customer_relationship (id),
    add column customer_number      varchar(50),
    add column delivery_day         date,
    add column order_deadline       timestamptz,
    -- the route is copied (its id for filtering while it exists, its code and name for good)
    add column route_id             bigint references route (id) on delete set null,
    add column route_code           varchar(20),
    add column route_name           varchar(100),
    add column status               varchar(10) not null default 'PLACED'
        check (status in ('PLACED', 'CONFIRMED', 'CANCELLED', 'DELIVERED')),
    add column note                 varchar(1000),
    add column placed_by            varchar(300),
    add column placed_by_user_id    bigint references app_user (id) on delete set null,
    -- placed by the vendor's people or ERP for the customer, and why (required after the deadline)
    add column placed_by_vendor     boolean not null default false,
    add column on_behalf_reason     varchar(500),
    add column cancel_reason        varchar(500),
    add column status_changed_by    varchar(300),
    add column updated_at           timestamptz,
    add column version              bigint not null default 0,
    add constraint customer_order_numbered check (order_number is null
        or (relationship_id is not null and delivery_day is not null and delivery_location_id is not null
            and updated_at is not null and placed_by is not null));

create unique index customer_order_number_uq on customer_order (vendor_id, order_number) where order_number is not null;
-- the vendor's orders of a delivery day, in number order; and the delta sync by change time
create index customer_order_day_idx on customer_order (vendor_id, delivery_day, order_number) where order_number is not null;
create index customer_order_updated_idx on customer_order (vendor_id, updated_at, id) where order_number is not null;
-- a customer's own orders, newest first
create index customer_order_customer_idx on customer_order (customer_id, placed_at desc) where order_number is not null;

-- An order's lines, in the order they were entered. The article is copied: a renamed or deactivated product leaves
-- the order as it was placed.
create table order_line (
    order_id       bigint        not null references customer_order (id) on delete cascade,
    line_no        smallint      not null check (line_no >= 0),
    product_id     bigint        not null references product (id),
    article_number varchar(50)   not null,
    product_name   varchar(200)  not null,
    unit           varchar(20)   not null,
    quantity       numeric(12,3) not null check (quantity > 0),
    primary key (order_id, line_no)
);
create index order_line_product_idx on order_line (product_id);
