-- Labels: a vendor's free tags on its customers (per relationship), to search and group them. A label is unique
-- per customer compared case-insensitively; it is stored as typed (trimmed). Unlinking deletes them with the
-- relationship.
create table customer_label (
    relationship_id bigint      not null references customer_relationship (id) on delete cascade,
    label           varchar(50) not null check (length(btrim(label)) > 0)
);
create unique index customer_label_uq on customer_label (relationship_id, lower(label));
-- Filtering a vendor's list by one label: the list query asks "exists a label row of this relationship".
create index customer_label_label_idx on customer_label (lower(label), relationship_id);
-- ERP delta sync: a vendor's customers changed since an instant, in (updated_at, id) order.
create index customer_relationship_vendor_updated_idx on customer_relationship (vendor_id, updated_at, id);
