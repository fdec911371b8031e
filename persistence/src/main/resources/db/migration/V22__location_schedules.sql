-- A vendor's own delivery schedule for one delivery location of a customer (docs/architecture.md, "The delivery
-- calendar"). Without a row, or with own = false, the location takes its days from the routes it is a stop on. The
-- row stays when the vendor goes back to the routes (own = false), so its settings and its version survive: an ETag
-- read earlier never matches a later schedule by accident.
create sequence location_schedule_seq start with 50 increment by 50;

create table location_schedule (
    id                   bigint primary key,
    vendor_id            bigint      not null references company (id),
    -- the customer removing a location takes its schedules with it
    delivery_location_id bigint      not null references delivery_location (id) on delete cascade,
    own                  boolean     not null,
    -- Monday is bit 0, Sunday bit 6, as route.delivery_weekdays
    delivery_weekdays    smallint    not null check (delivery_weekdays between 0 and 127),
    deadline_days_before smallint    not null check (deadline_days_before between 0 and 14),
    deadline_time        time        not null,
    every_weeks          smallint    not null check (every_weeks between 1 and 52),
    start_date           date        not null,
    enabled              boolean     not null,
    changed_at           timestamptz not null,
    version              bigint      not null default 0,
    -- an enabled schedule delivers on some day
    check (not enabled or delivery_weekdays > 0)
);
create unique index location_schedule_uq on location_schedule (vendor_id, delivery_location_id);
create index location_schedule_location_idx on location_schedule (delivery_location_id);
