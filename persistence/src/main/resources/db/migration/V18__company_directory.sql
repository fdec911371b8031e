-- The company directory that vendors search to link an existing customer (docs/product-rules.md rules 1, 2, 4, 11).

-- 1. Accents do not matter: "Cafe Central" finds "Café Central". unaccent is a contrib extension like pg_trgm (V2);
-- Debian's postgresql-15 ships it, and it is trusted, so the database owner may create it. unaccent() itself is only
-- stable (its dictionary could be changed), so an index cannot use it directly: company_search_unaccent names the
-- dictionary and is declared immutable, which holds as long as nobody edits unaccent.rules. Both functions name the
-- schemas they call into, so they do not depend on the search_path of whoever builds or uses the index (a dump's
-- restore runs with an empty one).
create extension if not exists unaccent;

drop index company_customer_search_name_trgm_idx;

do $migration$
declare
    extension_schema text := (select n.nspname from pg_extension e join pg_namespace n on n.oid = e.extnamespace
                              where e.extname = 'unaccent');
begin
    execute format($f$
        create function %1$I.company_search_unaccent(value text) returns text
            language sql immutable strict parallel safe
        as $body$ select %2$I.unaccent(%3$L::regdictionary, value) $body$$f$,
        current_schema(), extension_schema, extension_schema || '.unaccent');

    -- V2's normalisation, now without accents: lower case, accents dropped, punctuation as blanks, legal forms at
    -- the end dropped. The same function serves the index and the queries, so they always agree.
    execute format($f$
        create or replace function %1$I.company_search_name(name text) returns text
            language sql immutable strict parallel safe
        as $body$
        select btrim(regexp_replace(
                regexp_replace(lower(%1$I.company_search_unaccent(name)), '[^[:alnum:]]+', ' ', 'g'),
                '( (gmbh|mbh|ag|kg|kgaa|ohg|gbr|ug|e k|ek|ev|e v|co|ltd|limited|inc|llc|llp|plc|corp|sarl|sas|sa|srl|spa|bv|nv|se|oy|ab|as))+ *$',
                ''))
        $body$$f$,
        current_schema());
end
$migration$;

create index company_customer_search_name_trgm_idx
    on company using gin (company_search_name(name) gin_trgm_ops)
    where kind = 'CUSTOMER';

-- 2. Company ids in the API are not enumerable: each company gets a random public id, which the API shows instead of
-- the sequential key. Generated here for existing and bulk-inserted rows; the entity generates it for its own.
alter table company add column public_id varchar(36) not null default gen_random_uuid()::text;
create unique index company_public_id_uq on company (public_id);

-- 3. The key that signs search-hit handles (a vendor links only a company it found, for a limited time). One per
-- installation, shared by every node through the database; 244 random bits from PostgreSQL's strong random source.
create table server_secret (
    name   varchar(50)  primary key,
    secret varchar(200) not null
);
insert into server_secret (name, secret)
values ('company-search-hit', replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''));

-- 4. The customer company's own history of who listed it: a vendor linking, unlinking, or the company disconnecting
-- a vendor. The vendor is named by id, so "My vendors" can list every vendor that ever listed the company.
alter table audit_event add column vendor_id bigint references company (id);
create index audit_event_vendor_links_idx on audit_event (company_id, occurred_at) where vendor_id is not null;
