-- ERP reconciliation (issue 16): a vendor's ERP customer list held against its customers in Clientbook. A
-- reconciliation keeps the file's rows (so it can be run again, and its new customers handed to the import) and its
-- report, one item per finding: kept like imports. Plain JDBC, no JPA entities, so
-- identities rather than JPA's sequences.

create table reconciliation (
    id                 bigint generated always as identity primary key,
    vendor_id          bigint       not null references company (id),
    started_by         varchar(300) not null,
    file_name          varchar(255) not null,
    headers            text[]       not null,
    -- the file's column (0-based) for customer number, name, e-mail, postal code and city; -1 where none was mapped
    columns            integer[]    not null,
    -- the reconciliation this one ran again, if any
    rerun_of           bigint references reconciliation (id),
    total_rows         integer      not null default 0,
    skipped_rows       integer      not null default 0,
    created_at         timestamptz  not null
);
create index reconciliation_vendor_idx on reconciliation (vendor_id, created_at desc);

-- The ERP's rows as uploaded: the cells as they were, and the five values read from them. Rows and findings carry no
-- foreign key to their reconciliation: they are written only by the transaction that creates it (100,000 and more at
-- once), where the check of a key per row cost about a second per 100,000 rows; they go with it when it is deleted
-- (ReconciliationRepository.delete).
create table reconciliation_row (
    reconciliation_id bigint  not null,
    row_number        integer not null,
    original          text[]  not null,
    customer_number   text,
    name              text,
    email             text,
    postal_code       text,
    city              text,
    primary key (reconciliation_id, row_number)
);

-- The report. kind: MATCHED (same number, same company; differences says in which fields they differ), ERP_ONLY (a
-- number Clientbook does not know), NO_NUMBER (a customer without number), UNKNOWN_NUMBER (a number in Clientbook the
-- file does not have), NUMBER_CLASH (one number on several rows of the file), COMPANY_CLASH (the file's row is a
-- customer Clientbook knows under another number), PROPOSAL (a probable match of an unnumbered customer and a row).
create table reconciliation_item (
    id                bigint generated always as identity primary key,
    reconciliation_id bigint      not null,
    kind              varchar(16) not null check (kind in ('MATCHED', 'ERP_ONLY', 'NO_NUMBER', 'UNKNOWN_NUMBER',
                                                            'NUMBER_CLASH', 'COMPANY_CLASH', 'PROPOSAL')),
    row_number        integer,
    relationship_id   bigint,
    -- the file's number (for PROPOSAL: the number accepting it assigns); for NO_NUMBER none, for UNKNOWN_NUMBER
    -- Clientbook's
    customer_number   text,
    -- the customer as Clientbook had it when the report was made
    company_name      text,
    company_email     text,
    company_postal_code text,
    company_city      text,
    clientbook_number text,
    differences       text[]      not null default '{}',
    -- PROPOSAL: 0..1, and why: e-mail equal, name similarity (0..1), same postal code
    score             real,
    email_equal       boolean,
    name_similarity   real,
    same_postal_code  boolean,
    accepted_at       timestamptz,
    accepted_by       varchar(300)
);
create index reconciliation_item_kind_idx on reconciliation_item (reconciliation_id, kind, id);

-- Which of the file's columns hold what, remembered per vendor by the header's text, so that the next file of the
-- same ERP is mapped as the last one was.
create table reconciliation_mapping (
    vendor_id       bigint primary key references company (id),
    customer_number text,
    name            text,
    email           text,
    postal_code     text,
    city            text,
    updated_at      timestamptz not null
);
