-- The first model: companies and their people, vendors' customer relationships, delivery locations,
-- API keys, the e-mail outbox and the audit history. Every changeable row carries a version for
-- optimistic locking. Sequences step by 50 to match JPA's allocation size, and start at 50 because
-- EclipseLink reads a value v as the block v-49..v and refuses a block below 1.

create sequence company_seq start with 50 increment by 50;
create sequence app_user_seq start with 50 increment by 50;
create sequence customer_relationship_seq start with 50 increment by 50;
create sequence delivery_location_seq start with 50 increment by 50;
create sequence api_key_seq start with 50 increment by 50;
create sequence outbox_message_seq start with 50 increment by 50;
create sequence audit_event_seq start with 50 increment by 50;
create sequence password_token_seq start with 50 increment by 50;

create table company (
    id          bigint primary key,
    kind        varchar(16)  not null check (kind in ('VENDOR', 'CUSTOMER')),
    name        varchar(200) not null check (length(btrim(name)) > 0),
    email       varchar(254),
    phone       varchar(50),
    street      varchar(200),
    postal_code varchar(20),
    city        varchar(100),
    country     char(2) check (country ~ '^[A-Z]{2}$'),
    created_at  timestamptz  not null,
    updated_at  timestamptz  not null,
    version     bigint       not null default 0
);
create index company_kind_email_idx on company (kind, lower(email));

create table app_user (
    id              bigint primary key,
    company_id      bigint       not null references company (id),
    role            varchar(32)  not null check (role in ('PLATFORM_ADMIN', 'VENDOR_ADMIN', 'VENDOR_STAFF', 'CUSTOMER_ADMIN', 'CUSTOMER_BUYER')),
    email           varchar(254) not null,
    first_name      varchar(100),
    last_name       varchar(100),
    password_hash   varchar(500),
    status          varchar(16)  not null check (status in ('PENDING', 'ACTIVE', 'DISABLED')),
    last_sign_in_at timestamptz,
    created_at      timestamptz  not null,
    version         bigint       not null default 0
);
-- One person, one account: e-mail addresses are unique across the platform, whatever their case.
create unique index app_user_email_uq on app_user (lower(email));
create index app_user_company_idx on app_user (company_id);

create table customer_relationship (
    id              bigint primary key,
    vendor_id       bigint      not null references company (id),
    customer_id     bigint      not null references company (id),
    customer_number varchar(50) check (customer_number is null or length(btrim(customer_number)) > 0),
    origin          varchar(16) not null check (origin in ('CREATED', 'LINKED', 'INVITED', 'REQUESTED')),
    created_at      timestamptz not null,
    updated_at      timestamptz not null,
    version         bigint      not null default 0,
    constraint customer_relationship_pair_uq unique (vendor_id, customer_id)
);
-- A customer number is unique within one vendor, compared trimmed and case-insensitively.
create unique index customer_relationship_number_uq
    on customer_relationship (vendor_id, lower(btrim(customer_number)))
    where customer_number is not null;
create index customer_relationship_customer_idx on customer_relationship (customer_id);

create table delivery_location (
    id                    bigint primary key,
    company_id            bigint       not null references company (id),
    name                  varchar(100) not null,
    street                varchar(200),
    postal_code           varchar(20),
    city                  varchar(100),
    country               char(2) check (country ~ '^[A-Z]{2}$'),
    delivery_instructions varchar(2000),
    contact_phone         varchar(50),
    external_id           varchar(100),
    is_default            boolean      not null default false,
    archived_at           timestamptz,
    created_at            timestamptz  not null,
    version               bigint       not null default 0
);
create index delivery_location_company_idx on delivery_location (company_id);
-- Exactly one default among a company's current locations.
create unique index delivery_location_default_uq on delivery_location (company_id) where is_default and archived_at is null;

create table api_key (
    id          bigint primary key,
    vendor_id   bigint       not null references company (id),
    name        varchar(100) not null,
    prefix      varchar(16)  not null,
    secret_hash varchar(128) not null unique,
    created_at  timestamptz  not null,
    revoked_at  timestamptz,
    version     bigint       not null default 0
);

create table outbox_message (
    id              bigint primary key,
    recipient       varchar(254) not null,
    subject         varchar(300) not null,
    body            text         not null,
    created_at      timestamptz  not null,
    attempts        integer      not null default 0,
    next_attempt_at timestamptz  not null,
    sent_at         timestamptz,
    last_error      varchar(1000)
);
-- The sender only ever looks at what is still to be sent.
create index outbox_message_due_idx on outbox_message (next_attempt_at) where sent_at is null;

create table audit_event (
    id              bigint primary key,
    company_id      bigint,
    relationship_id bigint,
    actor           varchar(300) not null,
    action          varchar(50)  not null,
    field           varchar(100),
    old_value       varchar(2000),
    new_value       varchar(2000),
    occurred_at     timestamptz  not null
);
create index audit_event_relationship_idx on audit_event (relationship_id, occurred_at);
create index audit_event_company_idx on audit_event (company_id, occurred_at);

create table password_token (
    id         bigint primary key,
    user_id    bigint      not null references app_user (id),
    token_hash varchar(128) not null unique,
    created_at timestamptz not null,
    expires_at timestamptz not null,
    used_at    timestamptz,
    version    bigint      not null default 0
);
