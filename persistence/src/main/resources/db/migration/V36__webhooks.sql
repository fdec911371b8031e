-- Webhooks (issue 17): a vendor's endpoints, and the outbox of their deliveries (docs/architecture.md, "Webhooks").
-- An event is written as one delivery row per subscribed endpoint, in the transaction of the change that caused it,
-- like the e-mail outbox; senders claim due rows with FOR UPDATE SKIP LOCKED and a lease, so two servers never send
-- one row at once and a dead server's rows are taken over when the lease runs out.

create sequence webhook_endpoint_seq start with 50 increment by 50;
create sequence webhook_delivery_seq start with 50 increment by 50;
create sequence webhook_attempt_seq start with 50 increment by 50;

create table webhook_endpoint (
    id                    bigint primary key,
    vendor_id             bigint        not null references company (id),
    url                   varchar(2000) not null,
    description           varchar(500),
    -- the event types subscribed, comma-separated (domain WebhookEventType)
    events                varchar(1000) not null,
    active                boolean       not null default true,
    -- the signing secret, whsec_<base64>; kept readable because every delivery is signed with it
    secret                varchar(100)  not null,
    -- after a rotation the former secret signs too, until previous_secret_until (24 h)
    previous_secret       varchar(100),
    previous_secret_until timestamptz,
    -- since when every attempt has failed (null: the last one succeeded); three days of it disable the endpoint
    failing_since         timestamptz,
    disabled_at           timestamptz,
    created_at            timestamptz   not null,
    updated_at            timestamptz   not null,
    version               bigint        not null default 0
);
create index webhook_endpoint_vendor_idx on webhook_endpoint (vendor_id, id);

create table webhook_delivery (
    id              bigint primary key,
    endpoint_id     bigint       not null references webhook_endpoint (id) on delete cascade,
    -- the Standard Webhooks message id (webhook-id): the same for every endpoint and every resend of one event
    message_id      varchar(40)  not null,
    event_type      varchar(50)  not null,
    -- the customer company the event is about; deliveries with the same key go out one after the other, in id order
    ordering_key    bigint,
    payload         text         not null,
    created_at      timestamptz  not null,
    status          varchar(16)  not null default 'PENDING' check (status in ('PENDING', 'DELIVERED', 'FAILED')),
    attempts        integer      not null default 0,
    next_attempt_at timestamptz  not null,
    -- a sender holds the row until then; it answers sooner, else another sender takes the row over
    lease_until     timestamptz,
    finished_at     timestamptz,
    last_status     integer
);
-- the senders look only at what is still to be sent
create index webhook_delivery_due_idx on webhook_delivery (next_attempt_at) where status = 'PENDING';
-- the head of each customer's queue: is an earlier delivery to the same endpoint about the same customer pending?
create index webhook_delivery_queue_idx on webhook_delivery (endpoint_id, ordering_key, id) where status = 'PENDING';
-- the deliveries in flight (leased; the lease is cleared when the attempt is recorded): at most 4 per endpoint
create index webhook_delivery_leased_idx on webhook_delivery (endpoint_id) where status = 'PENDING' and lease_until is not null;
-- the endpoint's Deliveries view, newest first
create index webhook_delivery_endpoint_idx on webhook_delivery (endpoint_id, id desc);

create table webhook_attempt (
    id           bigint primary key,
    delivery_id  bigint        not null references webhook_delivery (id) on delete cascade,
    attempted_at timestamptz   not null,
    -- the HTTP status, or null when no answer came (timeout, refused address, connection error)
    status_code  integer,
    duration_ms  integer       not null,
    -- the first KB of the answer, or what went wrong
    answer       varchar(1100)
);
create index webhook_attempt_delivery_idx on webhook_attempt (delivery_id, id);
