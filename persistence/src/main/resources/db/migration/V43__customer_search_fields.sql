-- Issue 19: a vendor-scoped copy of the customer list's searchable fields on the relationship, so that a broad
-- fragment ("gasthof", one name in 16) reads only the vendor's own matches instead of every company on the platform
-- that contains it (then joined to the vendor's relationships), and the list is walked in name or city order from an
-- index that starts with the vendor.
--
-- search_name  lower(company.name)   the list's name filter and sort
-- search_city  lower(company.city)   the list's city filter and sort
-- search_text  lower of name, customer number, e-mail and city, separated by the unit separator (chr(31)): the
--              free text filter, and the candidates of every "contains" filter (a fragment of one field is a
--              fragment of this text); chr(31) never occurs in what people type, and a fragment that contains it
--              is asked the old way (CustomerRepository)
--
-- Kept by the database in the same transaction as the change: a relationship's own row when it is written (its
-- customer number may change), every relationship of a company when the company's name, e-mail or city changes.
-- The application never writes them.

create function customer_search_text(name text, customer_number text, email text, city text) returns text
    language sql immutable parallel safe as
$$
select lower(concat_ws(chr(31), name, customer_number, email, city))
$$;

alter table customer_relationship
    add column search_name text,
    add column search_city text,
    add column search_text text;

create function customer_relationship_search_fields() returns trigger
    language plpgsql as
$$
begin
    select lower(c.name), lower(c.city), customer_search_text(c.name, new.customer_number, c.email, c.city)
    into new.search_name, new.search_city, new.search_text
    from company c
    where c.id = new.customer_id;
    return new;
end
$$;

create trigger customer_relationship_search_fields
    before insert or update of customer_number, customer_id on customer_relationship
    for each row
execute function customer_relationship_search_fields();

create function company_customer_search_fields() returns trigger
    language plpgsql as
$$
begin
    update customer_relationship r
    set search_name = lower(new.name),
        search_city = lower(new.city),
        search_text = customer_search_text(new.name, r.customer_number, new.email, new.city)
    where r.customer_id = new.id;
    return null;
end
$$;

create trigger company_customer_search_fields
    after update of name, email, city on company
    for each row
    when (old.name is distinct from new.name or old.email is distinct from new.email or old.city is distinct from new.city)
execute function company_customer_search_fields();

-- the backfill, in one statement (about 2,000,000 rows on the benchmark platform)
update customer_relationship r
set search_name = lower(c.name),
    search_city = lower(c.city),
    search_text = customer_search_text(c.name, r.customer_number, c.email, c.city)
from company c
where c.id = r.customer_id;

alter table customer_relationship
    alter column search_name set not null,
    alter column search_text set not null;

-- the list in name and city order, within the vendor; ties are settled by the company's id as before (CustomerOrder)
create index customer_relationship_search_name_idx on customer_relationship (vendor_id, search_name, customer_id);
create index customer_relationship_search_city_idx on customer_relationship (vendor_id, search_city, customer_id);
-- every "contains" filter within the vendor (btree_gin, V35, puts the vendor into the trigram index)
create index customer_relationship_search_text_idx on customer_relationship using gin (vendor_id, search_text gin_trgm_ops);

analyze customer_relationship;
