\timing on
begin;
insert into customer_relationship (id, vendor_id, customer_id, customer_number, origin, created_at, updated_at, version)
  select nextval('customer_relationship_seq'), 11000001, c.id, 'Y-' || c.id, 'CREATED', now(), now(), 0 from company c
  where c.kind = 'CUSTOMER' and not exists (select 1 from customer_relationship r where r.vendor_id = 11000001 and r.customer_id = c.id)
  order by c.id limit 100000;
select customers from vendor_customer_count where vendor_id = 11000001;
analyze customer_relationship;
create temporary table timings (what text, ms float8);
do $$
declare
  q record; t0 timestamptz; n bigint; i int;
begin
  for q in select * from (values
     ('old: name contains gasthof, count', $q$select count(r.id) from customer_relationship r join company c on c.id=r.customer_id where r.vendor_id=11000001::bigint and lower(c.name) like '%gasthof%'$q$),
     ('old: name contains gasthof, page', $q$select count(*) from (select r.id from customer_relationship r join company c on c.id=r.customer_id where r.vendor_id=11000001::bigint and lower(c.name) like '%gasthof%' and (r.banned_at is null or r.banned_until < current_date) order by coalesce(lower(c.name),lower(c.name)), c.id limit 50) x$q$),
     ('new: name contains gasthof, count', $q$select count(r.id) from customer_relationship r where r.vendor_id=11000001::bigint and r.search_text like '%gasthof%' and r.search_name like '%gasthof%'$q$),
     ('new: name contains gasthof, page', $q$select count(*) from (select r.id from customer_relationship r join company c on c.id=r.customer_id where r.vendor_id=11000001::bigint and r.search_text like '%gasthof%' and r.search_name like '%gasthof%' and (r.banned_at is null or r.banned_until < current_date) order by coalesce(r.search_name, r.search_name), r.customer_id limit 50) x$q$),
     ('new: city contains graz, count', $q$select count(r.id) from customer_relationship r where r.vendor_id=11000001::bigint and r.search_text like '%graz%' and r.search_city like '%graz%'$q$),
     ('new: city contains graz, page (walk)', $q$select count(*) from (select r.id from customer_relationship r join company c on c.id=r.customer_id where r.vendor_id=11000001::bigint and r.search_text like '%graz%' and r.search_city like '%graz%' and (r.banned_at is null or r.banned_until < current_date) order by r.search_name, r.customer_id limit 50) x$q$),
     ('new: q krone hu, count', $q$select count(r.id) from customer_relationship r where r.vendor_id=11000001::bigint and r.search_text like '%krone hu%'$q$),
     ('new: first page by name', $q$select count(*) from (select r.id from customer_relationship r join company c on c.id=r.customer_id where r.vendor_id=11000001::bigint and (r.banned_at is null or r.banned_until < current_date) order by r.search_name, r.customer_id limit 50) x$q$),
     ('old: count of all (index-only)', $q$select count(*) from customer_relationship r where r.vendor_id=11000001::bigint$q$)
  ) v(what, sql) loop
    for i in 1..25 loop
      t0 := clock_timestamp();
      execute q.sql into n;
      if i > 5 then insert into timings values (q.what || ' (' || n || ')', extract(epoch from clock_timestamp() - t0) * 1000); end if;
    end loop;
  end loop;
end $$;
select what, round(percentile_disc(0.5) within group (order by ms)::numeric, 1) as median, round(percentile_disc(0.95) within group (order by ms)::numeric, 1) as p95 from timings group by what order by min(ctid);
rollback;
