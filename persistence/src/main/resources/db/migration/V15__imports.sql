-- Bulk import of customers (issue 6). An import is one uploaded file of one vendor, a dry run or a real run; its rows
-- keep the file's original values (for the report) next to the values read from them, what the import plans for
-- each row and, once done, what happened. The rows are written when the file is uploaded, so the work that follows
-- (classifying, then creating/linking/updating in batches of their own transactions) can stop at any point and go
-- on later: a row whose result is set was committed with everything it created; a row without one is still to do.
create sequence customer_import_seq start with 50 increment by 50;

create table customer_import (
    id               bigint primary key,
    vendor_id        bigint       not null references company (id),
    started_by       varchar(300) not null,
    user_id          bigint       references app_user (id),
    file_name        varchar(255) not null,
    headers          text[]       not null,
    dry_run          boolean      not null,
    all_or_nothing   boolean      not null default false,
    send_invitations boolean      not null default false,
    labels           text[]       not null default '{}',
    status           varchar(16)  not null check (status in ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    total_rows       integer      not null default 0,
    processed_rows   integer      not null default 0,
    created_count    integer      not null default 0,
    linked_count     integer      not null default 0,
    updated_count    integer      not null default 0,
    unchanged_count  integer      not null default 0,
    error_count      integer      not null default 0,
    message          varchar(1000),
    -- CHECK: rows are classified only (a dry run; or the first pass of an all-or-nothing import); APPLY: rows are done
    phase            varchar(8)   not null default 'CHECK' check (phase in ('CHECK', 'APPLY')),
    -- a worker holds the import until this instant and renews it with every batch; a worker that died lets it lapse,
    -- and another (or the same server after a restart) takes the import over and goes on where it stopped
    claimed_until    timestamptz,
    claim_token      varchar(36),
    created_at       timestamptz  not null,
    started_at       timestamptz,
    finished_at      timestamptz,
    version          bigint       not null default 0
);
create index customer_import_vendor_idx on customer_import (vendor_id, created_at desc);
-- One real import per vendor at a time: a second one is refused by this index (the service says so in words),
-- so two imports can never interleave their creations. Dry runs write no customers and may run beside it.
create unique index customer_import_one_running_uq on customer_import (vendor_id)
    where not dry_run and status in ('QUEUED', 'RUNNING');
-- The workers look for imports to take over.
create index customer_import_open_idx on customer_import (claimed_until) where status in ('QUEUED', 'RUNNING');

create table customer_import_row (
    import_id         bigint      not null references customer_import (id) on delete cascade,
    row_number        integer     not null,
    original          text[]      not null,
    company_name      text,
    email             text,
    customer_number   text,
    labels            text[]      not null default '{}',
    first_name        text,
    last_name         text,
    phone             text,
    street            text,
    postal_code       text,
    city              text,
    country           text,
    language          text,
    -- found by checking the row alone, or against the other rows of the file: an error that no database state changes
    file_error_column text,
    file_error        text,
    -- CREATE, LINK, UPDATE, UNCHANGED or ERROR: the plan (dry run) or what was done (real import)
    action            varchar(16) check (action in ('CREATE', 'LINK', 'UPDATE', 'UNCHANGED', 'ERROR')),
    error_column      text,
    message           text,
    company_id        bigint,
    relationship_id   bigint,
    done              boolean     not null default false,
    primary key (import_id, row_number)
);
-- What is left to do of an import, in file order.
create index customer_import_row_todo_idx on customer_import_row (import_id, row_number) where not done;
