-- Issue 19: an import's batch of 5,000 new customers spent most of its time in work done per row that the batch can do
-- once, or need not do at all (docs/benchmarks.md "Import", where the time goes):
--
-- 1. Three row triggers before each insert of a relationship (V23/V25 route stops and delivery days, V32 last order,
--    V43 search copy) each ran a query or two per row: four look-ups per new customer. They are one trigger now, and
--    it does not fire for an insert that brings the derived columns itself: CustomerBulkWriter computes them for a
--    whole batch in its insert (constants for the companies it has just created, the same functions for the existing
--    companies it links). The rule for writers: an insert that sets search_text sets all derived columns (search_name,
--    search_city, search_text, route_stops, delivery_days, last_order_at, first_order_at) as this function would.
--    The application's own inserts (JPA) never set them (mapped read-only), so they get the trigger as before.
-- 2. The history's vendor (V20/V23) was looked up per row even for entries that name it already; the trigger fires
--    only for entries that leave it out, which the import's entries no longer do.
-- 3. Indexes nobody reads any more, updated on every insert of a company or relationship:
--    - company_lower_name_trgm_idx, company_lower_city_trgm_idx, company_lower_email_trgm_idx (V6): the list's
--      "contains" filters read the relationship's copy since V43; the one query left that used them (a text with
--      the copy's separator, chr(31)) reads the relationship's copy field by field now (CustomerRepository).
--    - company_lower_name_idx, company_lower_city_idx (V6) and company_name_idx (V5): the list's name and city orders
--      walk customer_relationship_search_name_idx / _search_city_idx since V43; the other orders by a company name
--      sort a few rows (a customer's vendors, the platform's vendors found through company_kind_email_idx).
--    - customer_relationship_created_idx (V32): customer_relationship_vendor_created_idx (V6) has the same columns
--      and the id after them, and serves the same ranges.
-- The company directory's trigram index (company_customer_search_name_trgm_idx, V18) and every unique index stay.

drop trigger customer_relationship_last_order on customer_relationship;
drop trigger customer_relationship_route_stops on customer_relationship;
drop trigger customer_relationship_search_fields on customer_relationship;
drop function customer_relationship_last_order_on_insert();
drop function customer_relationship_route_stops();

-- the search copy of one relationship (V43), for both triggers below
create function customer_search_copy(customer bigint, number text, out search_name text, out search_city text,
                                     out search_text text)
    language sql stable as
$$
select lower(c.name), lower(c.city), customer_search_text(c.name, number, c.email, c.city)
from company c
where c.id = customer
$$;

create or replace function customer_relationship_search_fields() returns trigger
    language plpgsql as
$$
begin
    select * into new.search_name, new.search_city, new.search_text
    from customer_search_copy(new.customer_id, new.customer_number);
    return new;
end
$$;

create function customer_relationship_derived_fields() returns trigger
    language plpgsql as
$$
begin
    new.route_stops := customer_route_stops(new.vendor_id, new.customer_id);
    new.delivery_days := customer_delivery_days(new.vendor_id, new.customer_id);
    -- a relationship made again (unlinked, then linked) starts with the orders the pair already has
    if new.last_order_at is null then
        select max(o.placed_at), min(o.placed_at)
        into new.last_order_at, new.first_order_at
        from customer_order o
        where o.vendor_id = new.vendor_id
          and o.customer_id = new.customer_id;
    end if;
    select * into new.search_name, new.search_city, new.search_text
    from customer_search_copy(new.customer_id, new.customer_number);
    return new;
end
$$;

create trigger customer_relationship_derived_fields
    before insert on customer_relationship
    for each row
    when (new.search_text is null)
execute function customer_relationship_derived_fields();

-- a changed customer number (or customer) changes the copy, as since V43
create trigger customer_relationship_search_fields
    before update of customer_number, customer_id on customer_relationship
    for each row
execute function customer_relationship_search_fields();

drop trigger audit_event_vendor on audit_event;
create trigger audit_event_vendor
    before insert on audit_event
    for each row
    when (new.vendor_id is null and (new.relationship_id is not null or new.access_request_id is not null))
execute function audit_event_vendor();

drop index company_lower_name_trgm_idx;
drop index company_lower_city_trgm_idx;
drop index company_lower_email_trgm_idx;
drop index company_lower_name_idx;
drop index company_lower_city_idx;
drop index company_name_idx;
drop index customer_relationship_created_idx;
