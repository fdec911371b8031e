-- Issue 4, bans, access requests and the customer status funnel.

-- A vendor's ban of one customer lives on the relationship, so the customer keeps company, relationship, customer
-- number and history. banned_at set means "banned"; a ban with banned_until (a date, the ban's last day, in UTC)
-- is over once that day has passed: read time decides, no job clears it. Lifting clears all five columns.
alter table customer_relationship
    add column banned_at         timestamptz,
    add column banned_by         varchar(300),
    add column ban_reason        varchar(1000),
    add column banned_until      date,
    add column ban_reason_shared boolean not null default false,
    add constraint customer_relationship_ban_complete
        check ((banned_at is null and ban_reason is null and banned_by is null and banned_until is null)
            or (banned_at is not null and ban_reason is not null and length(btrim(ban_reason)) > 0 and banned_by is not null));
-- The "banned" filter of the list walks only a vendor's banned customers.
create index customer_relationship_banned_idx on customer_relationship (vendor_id, banned_until) where banned_at is not null;

-- Vendors choose whether customers can find them in the vendor directory (and ask them for access).
alter table company add column listed boolean not null default false;
create index company_listed_vendor_idx on company (lower(name)) where kind = 'VENDOR' and listed;

-- A customer company's request to become a vendor's customer. One row per (vendor, customer company): asking
-- again after a rejection (or after being unlinked) reopens the same row, so "asking twice while one is open does
-- nothing" is the unique pair, and a concurrent second ask waits on it. The vendor sees of the requesting company
-- only what a link search shows (name, postal code, city) plus this row: the message and the person who asked.
create sequence access_request_seq start with 50 increment by 50;
create table access_request (
    id               bigint primary key,
    vendor_id        bigint        not null references company (id),
    customer_id      bigint        not null references company (id),
    requested_by     bigint        not null references app_user (id),
    message          varchar(2000),
    status           varchar(16)   not null check (status in ('OPEN', 'APPROVED', 'REJECTED')),
    rejection_reason varchar(1000),
    requested_at     timestamptz   not null,
    decided_at       timestamptz,
    decided_by       varchar(300),
    version          bigint        not null default 0,
    constraint access_request_pair_uq unique (vendor_id, customer_id),
    constraint access_request_decided check ((status = 'OPEN') = (decided_at is null))
);
-- The vendor's open requests (the menu badge, the Requested filter) and rejected ones, newest first.
create index access_request_vendor_status_idx on access_request (vendor_id, status, requested_at);
create index access_request_customer_idx on access_request (customer_id);

-- The anchor of the orders to come: one row per order a customer company placed with a vendor. Today nothing
-- writes it; the funnel's "Has ordered" is "a row exists for this vendor and customer company", so the status
-- lights up as soon as orders are written here. The orders feature adds its columns (delivery location, day, lines).
create table customer_order (
    id          bigserial primary key,
    vendor_id   bigint      not null references company (id),
    customer_id bigint      not null references company (id),
    placed_at   timestamptz not null
);
create index customer_order_vendor_customer_idx on customer_order (vendor_id, customer_id);
