-- Finding existing customer companies to link, instead of copying them (DESIGN.md rules 1 and 2): by exact
-- e-mail address (company_kind_email_idx already serves that) or by a name that is only similar, typed with a
-- typo or with or without its legal form. pg_trgm is a contrib extension; Debian's postgresql package ships it.
create extension if not exists pg_trgm;

-- The one definition of "a company name as search compares it": lower case, punctuation as blanks, and the
-- legal forms at its end ("GmbH & Co. KG", "Ltd.", "e.K.", "SARL", ...) dropped, because people type the name
-- they know, not the register's. Immutable, so the index below and the search query share it. A classic $$ body
-- (not SQL-standard RETURN) because the README promises PostgreSQL 13; it calls only pg_catalog functions, so
-- it needs no search_path when the index is built or used.
create function company_search_name(name text) returns text
    language sql immutable strict parallel safe
as $$
select btrim(regexp_replace(
        regexp_replace(lower(name), '[^[:alnum:]]+', ' ', 'g'),
        '( (gmbh|mbh|ag|kg|kgaa|ohg|gbr|ug|e k|ek|ev|e v|co|ltd|limited|inc|llc|llp|plc|corp|sarl|sas|sa|srl|spa|bv|nv|se|oy|ab|as))+ *$',
        ''))
$$;

-- Trigram index over the normalised names of customer companies only: vendors are never offered for linking.
create index company_customer_search_name_trgm_idx
    on company using gin (company_search_name(name) gin_trgm_ops)
    where kind = 'CUSTOMER';
