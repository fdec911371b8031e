-- 1. The vendor-wide history (vendor/history.xhtml) shows the access requests companies made of the vendor: asked,
-- rejected (with the reason) and approved. The approval is the relationship's first event and carried the vendor since
-- V20; the request's own events named only the request. They name the vendor now (AuditEvent.onAccessRequest), the
-- database fills it in for any writer that leaves it out, and the events written before are placed here.
update audit_event a set vendor_id = q.vendor_id
from access_request q
where q.id = a.access_request_id
  and a.vendor_id is null;

create or replace function audit_event_vendor() returns trigger
    language plpgsql as
$$
begin
    if new.vendor_id is null and new.relationship_id is not null then
        select r.vendor_id into new.vendor_id from customer_relationship r where r.id = new.relationship_id;
    end if;
    if new.vendor_id is null and new.access_request_id is not null then
        select q.vendor_id into new.vendor_id from access_request q where q.id = new.access_request_id;
    end if;
    return new;
end
$$;

-- Newest first per vendor, and paging through them: V20's index, partial as the history's filter now reads
-- (AuditRepository.VENDOR_HISTORY), so the page and its count still read only the vendor's entries.
drop index audit_event_vendor_idx;
create index audit_event_vendor_history_idx on audit_event (vendor_id, occurred_at desc, id desc)
    where relationship_id is not null or access_request_id is not null;

-- 2. The customer list's route filter "on none of your routes" (issue 14) at 100,000 customers. Asked as NOT EXISTS
-- over the routes' stops, and counted as all less those on some route, it took 0.6-0.9 s: PostgreSQL joins every stop
-- of the vendor's routes to its location to find the customers on some route. Each relationship keeps instead how many
-- stops of its vendor's current (not archived) routes are delivery locations of its customer company; the database
-- keeps the number whenever a stop, a route's archive state or a relationship changes, so no writer (JPA or a bulk
-- import) can forget it. "On no route" is route_stops = 0, counted from a small partial index. It is recounted, never
-- incremented, so a stop rewritten by a reorder cannot make it drift.
alter table customer_relationship add column route_stops integer not null default 0;

create function customer_route_stops(vendor bigint, customer_company bigint) returns integer
    language sql stable as
$$
select count(*)::integer
from delivery_location l
         join route_stop s on s.delivery_location_id = l.id
         join route rt on rt.id = s.route_id
where l.company_id = customer_company
  and rt.vendor_id = vendor
  and rt.archived_at is null
$$;

-- The stops a statement added, removed or changed, recounted for each relationship they touch in one update: a reorder
-- that rewrites a route's 500 stops, or a bulk load, is one statement, not 500 (statement triggers with transition
-- tables; a row trigger's update per stop made loading the benchmark's 100,000 stops take minutes).
create function route_stop_recount() returns trigger
    language plpgsql as
$$
begin
    if tg_op in ('DELETE', 'UPDATE') then
        update customer_relationship r
        set route_stops = customer_route_stops(r.vendor_id, r.customer_id)
        from (select distinct rt.vendor_id, l.company_id
              from removed s
                       join route rt on rt.id = s.route_id
                       join delivery_location l on l.id = s.delivery_location_id) x
        where r.vendor_id = x.vendor_id
          and r.customer_id = x.company_id;
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        update customer_relationship r
        set route_stops = customer_route_stops(r.vendor_id, r.customer_id)
        from (select distinct rt.vendor_id, l.company_id
              from added s
                       join route rt on rt.id = s.route_id
                       join delivery_location l on l.id = s.delivery_location_id) x
        where r.vendor_id = x.vendor_id
          and r.customer_id = x.company_id;
    end if;
    return null;
end
$$;

create trigger route_stop_recount_insert
    after insert on route_stop
    referencing new table as added
    for each statement
execute function route_stop_recount();

create trigger route_stop_recount_delete
    after delete on route_stop
    referencing old table as removed
    for each statement
execute function route_stop_recount();

create trigger route_stop_recount_update
    after update on route_stop
    referencing old table as removed new table as added
    for each statement
execute function route_stop_recount();

-- archiving a route (or bringing it back) changes whether its stops count
create function route_recount() returns trigger
    language plpgsql as
$$
begin
    update customer_relationship r
    set route_stops = customer_route_stops(r.vendor_id, r.customer_id)
    from (select distinct l.company_id
          from route_stop s
                   join delivery_location l on l.id = s.delivery_location_id
          where s.route_id = new.id) x
    where r.vendor_id = new.vendor_id
      and r.customer_id = x.company_id;
    return null;
end
$$;

create trigger route_recount
    after update of archived_at on route
    for each row
    when (old.archived_at is distinct from new.archived_at)
execute function route_recount();

-- a route deleted outright takes its stops with it: deleted first, while the route still names its vendor
create function route_delete_stops() returns trigger
    language plpgsql as
$$
begin
    delete from route_stop where route_id = old.id;
    return old;
end
$$;

create trigger route_delete_stops
    before delete on route
    for each row
execute function route_delete_stops();

-- a company linked again whose locations are still stops of the vendor's routes
create function customer_relationship_route_stops() returns trigger
    language plpgsql as
$$
begin
    new.route_stops := customer_route_stops(new.vendor_id, new.customer_id);
    return new;
end
$$;

create trigger customer_relationship_route_stops
    before insert on customer_relationship
    for each row
execute function customer_relationship_route_stops();

update customer_relationship r
set route_stops = x.stops
from (select rt.vendor_id, l.company_id, count(*)::integer as stops
      from route rt
               join route_stop s on s.route_id = rt.id
               join delivery_location l on l.id = s.delivery_location_id
      where rt.archived_at is null
      group by rt.vendor_id, l.company_id) x
where r.vendor_id = x.vendor_id
  and r.customer_id = x.company_id;

-- "on none of your routes": counted and read from here; the first page by name walks company_lower_name_idx (V6)
create index customer_relationship_no_route_idx on customer_relationship (vendor_id, id) where route_stops = 0;
