-- Issue 19: how many customers each vendor has, kept exact by the database in the same transaction as each insert
-- and delete of a relationship, so the customer list's count without a filter is one row instead of an index-only
-- scan of the vendor's 100,000 (or 200,000) index entries on every page (7-15 ms, the larger part of a first page
-- under 16 concurrent clients). Statement triggers with transition tables: an import's batch of 5,000 relationships
-- changes the row once, not 5,000 times. Two transactions that add customers to the same vendor wait for each other
-- at this row until the first commits (each holds it only from its insert to its commit).

create table vendor_customer_count (
    vendor_id bigint primary key,
    customers bigint not null check (customers >= 0)
);

create function vendor_customer_count_added() returns trigger
    language plpgsql as
$$
begin
    insert into vendor_customer_count (vendor_id, customers)
    select vendor_id, count(*) from added group by vendor_id order by vendor_id
    on conflict (vendor_id) do update set customers = vendor_customer_count.customers + excluded.customers;
    return null;
end
$$;

create function vendor_customer_count_removed() returns trigger
    language plpgsql as
$$
begin
    update vendor_customer_count v
    set customers = v.customers - r.customers
    from (select vendor_id, count(*) as customers from removed group by vendor_id) r
    where v.vendor_id = r.vendor_id;
    return null;
end
$$;

create trigger vendor_customer_count_added
    after insert on customer_relationship
    referencing new table as added
    for each statement
execute function vendor_customer_count_added();

create trigger vendor_customer_count_removed
    after delete on customer_relationship
    referencing old table as removed
    for each statement
execute function vendor_customer_count_removed();

-- the relationships' vendor is never changed (the application maps it read-only); a truncate empties the counts too
create function vendor_customer_count_truncated() returns trigger
    language plpgsql as
$$
begin
    delete from vendor_customer_count;
    return null;
end
$$;

create trigger vendor_customer_count_truncated
    after truncate on customer_relationship
    for each statement
execute function vendor_customer_count_truncated();

lock table customer_relationship in share mode;
insert into vendor_customer_count (vendor_id, customers)
select vendor_id, count(*) from customer_relationship group by vendor_id;
