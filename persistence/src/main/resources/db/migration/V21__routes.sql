-- Routes and their stops, vendors' closure days, and the vendor's time zone that decides order deadlines
-- (docs/architecture.md, "The delivery calendar").

alter table company add column time_zone varchar(64) check (length(btrim(time_zone)) > 0);

create sequence route_seq start with 50 increment by 50;

create table route (
    id                   bigint primary key,
    vendor_id            bigint        not null references company (id),
    name                 varchar(100)  not null check (length(btrim(name)) > 0),
    code                 varchar(20)   not null check (length(btrim(code)) > 0),
    -- Monday is bit 0, Sunday bit 6: "delivers on Thursday" is (delivery_weekdays & 8) <> 0 in SQL
    delivery_weekdays    smallint      not null check (delivery_weekdays between 0 and 127),
    deadline_days_before smallint      not null check (deadline_days_before between 0 and 14),
    deadline_time        time          not null,
    driver_note          varchar(1000),
    active               boolean       not null default true,
    archived_at          timestamptz,
    created_at           timestamptz   not null,
    version              bigint        not null default 0
);
create unique index route_code_uq on route (vendor_id, lower(btrim(code)));
create index route_vendor_idx on route (vendor_id, lower(name));

-- A stop is a delivery location on a route, at a position; a location is at most once on one route, and may be on
-- several routes. Positions are 0..n-1; the order column is rewritten on every move, so its uniqueness is checked at
-- commit, when the rewrite is complete.
create table route_stop (
    route_id             bigint  not null references route (id) on delete cascade,
    delivery_location_id bigint  not null references delivery_location (id),
    position             integer not null check (position >= 0),
    primary key (route_id, delivery_location_id),
    constraint route_stop_position_uq unique (route_id, position) deferrable initially deferred
);
create index route_stop_location_idx on route_stop (delivery_location_id);

create sequence vendor_closure_seq start with 50 increment by 50;

create table vendor_closure (
    id         bigint primary key,
    vendor_id  bigint       not null references company (id),
    day        date         not null,
    rule       varchar(12)  not null check (rule in ('SKIP', 'MOVE_EARLIER', 'MOVE_LATER')),
    reason     varchar(100) not null check (length(btrim(reason)) > 0),
    created_at timestamptz  not null
);
create unique index vendor_closure_day_uq on vendor_closure (vendor_id, day);

alter table audit_event add column route_id bigint;
create index audit_event_route_idx on audit_event (route_id, occurred_at) where route_id is not null;
