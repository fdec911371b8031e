-- Products: the articles a vendor sells, which its customers order (issue 15, docs/product-rules.md "Products").
-- Not a shop: no stock, no price engine. A price is optional and, where given, always with its currency.

create sequence product_seq start with 50 increment by 50;

create table product (
    id                bigint primary key,
    vendor_id         bigint        not null references company (id),
    -- the vendor's key for the article (ERPs and imports match on it); unique per vendor, trimmed, any case
    article_number    varchar(40)   not null check (length(btrim(article_number)) > 0),
    name              varchar(200)  not null check (length(btrim(name)) > 0),
    -- what one ordered quantity counts: domain ProductUnit
    unit              varchar(8)    not null
        check (unit in ('PIECE', 'KG', 'G', 'L', 'CRATE', 'BOX', 'BOTTLE', 'BAG', 'PACK', 'CASE')),
    -- how many of the unit one pack holds (6 bottles in a crate, 2.5 kg in a bag)
    pack_size         numeric(10,3) not null check (pack_size > 0),
    price             numeric(12,2) check (price >= 0),
    currency          char(3)       check (currency ~ '^[A-Z]{3}$'),
    active            boolean       not null default true,
    -- where set, only the vendor's customers carrying this label (customer_label, compared case-insensitively)
    -- see the product; everyone else does not
    restricted_to_label varchar(50) check (length(btrim(restricted_to_label)) > 0),
    created_at        timestamptz   not null,
    updated_at        timestamptz   not null,
    version           bigint        not null default 0,
    constraint product_price_currency_ck check ((price is null) = (currency is null))
);
create unique index product_article_number_uq on product (vendor_id, lower(btrim(article_number)));
-- the vendor's list, sorted by name; and the search by part of the name or the article number
create index product_vendor_name_idx on product (vendor_id, lower(name), id);
create index product_lower_name_trgm_idx on product using gin (lower(name) gin_trgm_ops);
create index product_lower_article_trgm_idx on product using gin (lower(article_number) gin_trgm_ops);
-- ERP delta sync: a vendor's products changed since an instant, in (updated_at, id) order
create index product_vendor_updated_idx on product (vendor_id, updated_at, id);
