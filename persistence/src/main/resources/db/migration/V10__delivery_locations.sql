-- Customers keep their delivery locations themselves: when each place takes goods (any number of windows a
-- weekday), and their own id for it, unique among the company's current locations.
create table delivery_location_hours (
    location_id bigint      not null references delivery_location (id) on delete cascade,
    weekday     varchar(9)  not null check (weekday in ('MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY')),
    opens       time        not null,
    closes      time        not null,
    check (opens < closes)
);
create index delivery_location_hours_location_idx on delivery_location_hours (location_id);

create unique index delivery_location_external_id_uq
    on delivery_location (company_id, lower(btrim(external_id)))
    where external_id is not null and archived_at is null;

-- An order names the place it goes to. A location an order named is archived, never deleted, so the order's
-- history keeps its address.
alter table customer_order add column delivery_location_id bigint references delivery_location (id);
create index customer_order_location_idx on customer_order (delivery_location_id) where delivery_location_id is not null;
