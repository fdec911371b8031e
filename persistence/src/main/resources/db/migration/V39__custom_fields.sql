-- Custom fields (issue 17): a vendor's own fields on its customers (relationships), defined by its admins.
-- Values live in a typed table, one row per customer and field, with one column per kind of value, rather than in a
-- JSONB document on the relationship: a filter by a field is then an index range on (field, value) for every kind the
-- list offers (equality, a range of numbers or dates, a text fragment through a trigram index), which a GIN index on
-- JSONB serves only for equality (@>); and a field's values are counted (type change) and kept (retiring) per field.

create sequence custom_field_seq start with 50 increment by 50;
create sequence custom_field_value_seq start with 50 increment by 50;

create table custom_field (
    id          bigint primary key,
    vendor_id   bigint       not null references company (id),
    -- the stable name in the API (customFields.<key>, ?cf.<key>=) and in import headers
    field_key   varchar(40)  not null,
    label_en    varchar(100) not null,
    label_de    varchar(100) not null,
    field_type  varchar(20)  not null check (field_type in
                    ('TEXT', 'LONG_TEXT', 'NUMBER', 'DECIMAL', 'YES_NO', 'DATE', 'CHOICE', 'CHOICES')),
    -- the options of CHOICE and CHOICES, one a line, in the admin's order
    options     text,
    required    boolean      not null default false,
    in_list     boolean      not null default false,
    filterable  boolean      not null default false,
    -- a retired field is hidden everywhere and keeps its values; its key stays taken
    retired_at  timestamptz,
    created_at  timestamptz  not null,
    updated_at  timestamptz  not null,
    version     bigint       not null default 0
);
create unique index custom_field_key_uq on custom_field (vendor_id, field_key);

create table custom_field_value (
    id              bigint primary key,
    relationship_id bigint        not null references customer_relationship (id) on delete cascade,
    field_id        bigint        not null references custom_field (id),
    -- TEXT, LONG_TEXT, CHOICE; CHOICES as the chosen options one a line
    text_value      varchar(4000),
    -- NUMBER (whole) and DECIMAL
    number_value    numeric(19, 4),
    date_value      date,
    bool_value      boolean
);
create unique index custom_field_value_uq on custom_field_value (relationship_id, field_id);
-- the list's filters: equality and ranges walk these from the field's entries to the relationships
create index custom_field_value_number_idx on custom_field_value (field_id, number_value, relationship_id)
    where number_value is not null;
create index custom_field_value_date_idx on custom_field_value (field_id, date_value, relationship_id)
    where date_value is not null;
create index custom_field_value_bool_idx on custom_field_value (field_id, bool_value, relationship_id)
    where bool_value is not null;
create index custom_field_value_text_idx on custom_field_value (field_id, lower(text_value), relationship_id)
    where text_value is not null;
-- "contains" for text: a trigram index on the lowered text, combined with the field by a bitmap AND
create index custom_field_value_text_trgm_idx on custom_field_value using gin (lower(text_value) gin_trgm_ops);
