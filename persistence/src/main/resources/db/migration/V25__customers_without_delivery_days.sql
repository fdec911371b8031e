-- The dashboard's "without delivery days" and the customer list's filter of that name (issue 14) at 100,000 customers.
-- Asked as NOT EXISTS over each customer's locations, their schedules and their routes' stops, the count took 360 ms
-- (p95 450 ms) on the benchmark platform (docs/benchmarks.md): PostgreSQL probes every one of the vendor's customers.
-- As V23 did for "on no route", each relationship keeps instead whether its customer company has delivery days at its
-- vendor: a current delivery location with an enabled schedule of its own at the vendor, or, without one of its own,
-- a stop of an active, not archived route of the vendor with a delivery weekday (the sources LocationDeliveries
-- reads). The database keeps it whenever a schedule, a stop, a route or a location changes, so no writer (JPA, an
-- import) can forget it; it is recomputed, never toggled. "Without" is counted from a small partial index.
alter table customer_relationship add column delivery_days boolean not null default false;

create function customer_delivery_days(vendor bigint, customer_company bigint) returns boolean
    language sql stable as
$$
select exists (select 1
               from delivery_location l
               where l.company_id = customer_company
                 and l.archived_at is null
                 and (exists (select 1
                              from location_schedule s
                              where s.delivery_location_id = l.id
                                and s.vendor_id = vendor
                                and s.own
                                and s.enabled)
                   or (not exists (select 1
                                   from location_schedule s
                                   where s.delivery_location_id = l.id
                                     and s.vendor_id = vendor
                                     and s.own)
                       and exists (select 1
                                   from route_stop st
                                            join route rt on rt.id = st.route_id
                                   where st.delivery_location_id = l.id
                                     and rt.vendor_id = vendor
                                     and rt.archived_at is null
                                     and rt.active
                                     and rt.delivery_weekdays > 0))))
$$;

-- Stops, routes and relationships: V23's triggers recount route_stops on exactly the changes that can change delivery
-- days too, so its functions now recompute both (one update per statement for a stop change, as before); the route's
-- trigger also fires when the route is switched on or off or gets other weekdays.
create or replace function route_stop_recount() returns trigger
    language plpgsql as
$$
begin
    if tg_op in ('DELETE', 'UPDATE') then
        update customer_relationship r
        set route_stops   = customer_route_stops(r.vendor_id, r.customer_id),
            delivery_days = customer_delivery_days(r.vendor_id, r.customer_id)
        from (select distinct rt.vendor_id, l.company_id
              from removed s
                       join route rt on rt.id = s.route_id
                       join delivery_location l on l.id = s.delivery_location_id) x
        where r.vendor_id = x.vendor_id
          and r.customer_id = x.company_id;
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        update customer_relationship r
        set route_stops   = customer_route_stops(r.vendor_id, r.customer_id),
            delivery_days = customer_delivery_days(r.vendor_id, r.customer_id)
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

create or replace function route_recount() returns trigger
    language plpgsql as
$$
begin
    update customer_relationship r
    set route_stops   = customer_route_stops(r.vendor_id, r.customer_id),
        delivery_days = customer_delivery_days(r.vendor_id, r.customer_id)
    from (select distinct l.company_id
          from route_stop s
                   join delivery_location l on l.id = s.delivery_location_id
          where s.route_id = new.id) x
    where r.vendor_id = new.vendor_id
      and r.customer_id = x.company_id;
    return null;
end
$$;

drop trigger route_recount on route;
create trigger route_recount
    after update of archived_at, active, delivery_weekdays on route
    for each row
    when (old.archived_at is distinct from new.archived_at or old.active is distinct from new.active
        or old.delivery_weekdays is distinct from new.delivery_weekdays)
execute function route_recount();

create or replace function customer_relationship_route_stops() returns trigger
    language plpgsql as
$$
begin
    new.route_stops := customer_route_stops(new.vendor_id, new.customer_id);
    new.delivery_days := customer_delivery_days(new.vendor_id, new.customer_id);
    return new;
end
$$;

-- a location's own schedule set, switched, taken back to the routes' days, or removed
create function location_schedule_delivery_days() returns trigger
    language plpgsql as
$$
declare
    changed record;
begin
    for changed in
        select distinct x.vendor_id, l.company_id
        from (select new.vendor_id, new.delivery_location_id where tg_op in ('INSERT', 'UPDATE')
              union
              select old.vendor_id, old.delivery_location_id where tg_op in ('DELETE', 'UPDATE')) x (vendor_id, location_id)
                 join delivery_location l on l.id = x.location_id
        loop
            update customer_relationship r
            set delivery_days = customer_delivery_days(r.vendor_id, r.customer_id)
            where r.vendor_id = changed.vendor_id
              and r.customer_id = changed.company_id;
        end loop;
    return null;
end
$$;

create trigger location_schedule_delivery_days
    after insert or update or delete on location_schedule
    for each row
execute function location_schedule_delivery_days();

-- a location archived, brought back or deleted: every vendor of its company (its schedules go with a deleted one)
create function delivery_location_delivery_days() returns trigger
    language plpgsql as
$$
begin
    update customer_relationship r
    set delivery_days = customer_delivery_days(r.vendor_id, r.customer_id)
    where r.customer_id = old.company_id;
    return null;
end
$$;

create trigger delivery_location_delivery_days_update
    after update of archived_at on delivery_location
    for each row
    when (old.archived_at is distinct from new.archived_at)
execute function delivery_location_delivery_days();

create trigger delivery_location_delivery_days_delete
    after delete on delivery_location
    for each row
execute function delivery_location_delivery_days();

update customer_relationship r
set delivery_days = true
where customer_delivery_days(r.vendor_id, r.customer_id);

-- "without delivery days": counted and read from here; the first page by name walks company_lower_name_idx (V6)
create index customer_relationship_no_delivery_days_idx on customer_relationship (vendor_id, id) where not delivery_days;
