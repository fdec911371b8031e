-- issue 16: what the dashboard and the reports read, kept so that they read few rows.

-- When the customer last placed an order with the vendor (any status: an order cancelled later was still placed).
-- Kept by the database itself on every new order, so the customer activity report can sort and page by it from an
-- index ("gone quiet": ordered before, nothing since a day) instead of grouping a vendor's orders on each page.
-- And when it first did: the dashboard's "moved to Has ordered in the last 7/30 days" counts these from an index.
alter table customer_relationship add column last_order_at timestamptz,
                                  add column first_order_at timestamptz;

update customer_relationship r
set last_order_at = o.last_order_at, first_order_at = o.first_order_at
from (select vendor_id, customer_id, max(placed_at) as last_order_at, min(placed_at) as first_order_at
      from customer_order group by vendor_id, customer_id) o
where o.vendor_id = r.vendor_id and o.customer_id = r.customer_id;

create function customer_relationship_order_placed() returns trigger
    language plpgsql as
$$
begin
    update customer_relationship
    set last_order_at = greatest(last_order_at, new.placed_at),
        first_order_at = least(first_order_at, new.placed_at)
    where vendor_id = new.vendor_id and customer_id = new.customer_id
      and (last_order_at is null or last_order_at < new.placed_at or first_order_at > new.placed_at);
    return new;
end;
$$;

create trigger customer_order_placed_last_order
    after insert on customer_order
    for each row execute function customer_relationship_order_placed();

-- A relationship made again (unlinked, then linked) starts with the orders the pair already has.
create function customer_relationship_last_order_on_insert() returns trigger
    language plpgsql as
$$
begin
    if new.last_order_at is null then
        select max(o.placed_at), min(o.placed_at) into new.last_order_at, new.first_order_at
        from customer_order o where o.vendor_id = new.vendor_id and o.customer_id = new.customer_id;
    end if;
    return new;
end;
$$;

create trigger customer_relationship_last_order
    before insert on customer_relationship
    for each row execute function customer_relationship_last_order_on_insert();

-- the activity report in both orders, never-ordered customers last either way (a backward scan would put them first)
create index customer_relationship_last_order_idx on customer_relationship (vendor_id, last_order_at, id);
create index customer_relationship_recent_order_idx on customer_relationship (vendor_id, last_order_at desc nulls last, id);
-- "needs attention: without customer number", the list's filter of that name
create index customer_relationship_no_number_idx on customer_relationship (vendor_id) where customer_number is null;
-- new customers per week (the dashboard's chart, 12 weeks) and "moved to Prospect in the last 7/30 days"
create index customer_relationship_first_order_idx on customer_relationship (vendor_id, first_order_at)
    where first_order_at is not null;
create index customer_relationship_created_idx on customer_relationship (vendor_id, created_at);
-- invitations accepted per week
create index invitation_vendor_accepted_idx on invitation (vendor_id, accepted_at) where accepted_at is not null;
-- invitations expiring in the next days ("needs attention")
create index invitation_vendor_open_expiry_idx on invitation (vendor_id, expires_at)
    where accepted_at is null and revoked_at is null;
-- orders per day (this week against last), top products and customers of the last 30 days, activity per customer
create index customer_order_vendor_placed_idx on customer_order (vendor_id, placed_at);
create index customer_order_pair_placed_idx on customer_order (vendor_id, customer_id, placed_at);

-- Sign-ins per week for the platform admin's report: a count, no person (the platform admin sees counts only).
create table sign_in_week (
    week     date   primary key,
    sign_ins bigint not null check (sign_ins >= 0)
);
