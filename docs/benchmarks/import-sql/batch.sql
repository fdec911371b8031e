-- One import batch of 5,000 new customers of the benchmark vendor, statement by statement as CustomerBulkWriter sends it,
-- each under EXPLAIN ANALYZE, in one transaction that commits (use a copy of the benchmark platform; a different off for
-- each batch): psql -1 -v off=100000 -v v48=false -d clientbook_bench_copy -f batch.sql
-- v48=false: as before V48 (the relationship's row triggers and the history's vendor trigger fire; schema before V48);
-- v48=true: as the import writes since V48 (derived columns and the history's vendor in the inserts; schema with V48).
\set ON_ERROR_STOP on
select id as vendor from company where kind='VENDOR' and id = (select vendor_id from vendor_customer_count order by customers desc limit 1) \gset
create temp table stage on commit drop as
select 2000000000 + :off + g as cid, 2000000000 + :off + g as uid, 2000000000 + :off + g as rid,
       c.name || ' ' || (:off + g) as name, 'imp' || (:off + g) || '-' || c.email as email, c.phone, c.street, c.postal_code,
       c.city, c.country, 'de' as language, 'Ida' as fn, 'Import' as ln, 'IMP-' || (:off + g) as nr,
       case when g % 4 = 0 then 'stammkunde' end as label
from generate_series(1, 5000) g join lateral (select * from company where kind = 'CUSTOMER' and id = (select min(id) from company where kind='CUSTOMER') + g * 37) c on true;
\timing on
explain (analyze, costs off, summary on) insert into company (id, kind, name, email, phone, street, postal_code, city, country, language, created_at, updated_at)
select cid, 'CUSTOMER', name, email, phone, street, postal_code, city, country, language, now(), now() from stage;
explain (analyze, costs off, summary on) insert into app_user (id, company_id, role, email, first_name, last_name, status, created_at)
select uid, cid, 'CUSTOMER_ADMIN', email, fn, ln, 'PENDING', now() from stage;
\if :v48
explain (analyze, costs off, summary on) insert into customer_relationship (id, vendor_id, customer_id, customer_number, origin, created_at, updated_at, search_name, search_city, search_text, route_stops, delivery_days, last_order_at, first_order_at)
select x.rid, :vendor, x.cid, x.nr, 'CREATED', now(), now(), lower(c.name), lower(c.city), customer_search_text(c.name, x.nr, c.email, c.city), 0, false, null::timestamptz, null::timestamptz from stage x join company c on c.id = x.cid;
\else
explain (analyze, costs off, summary on) insert into customer_relationship (id, vendor_id, customer_id, customer_number, origin, created_at, updated_at)
select rid, :vendor, cid, nr, 'CREATED', now(), now() from stage;
\endif
explain (analyze, costs off, summary on) insert into customer_label (relationship_id, label) select rid, label from stage where label is not null on conflict do nothing;
\if :v48
explain (analyze, costs off, summary on) insert into audit_event (id, company_id, relationship_id, vendor_id, actor, action, field, old_value, new_value, occurred_at)
select 2000000000 + :off * 3 + row_number() over (), cid, rid, :vendor, 'import', a, f, null, n, now() from (
\else
explain (analyze, costs off, summary on) insert into audit_event (id, company_id, relationship_id, actor, action, field, old_value, new_value, occurred_at)
select 2000000000 + :off * 3 + row_number() over (), cid, rid, 'import', a, f, null, n, now() from (
\endif
  select cid, rid, 'STARTED' a, null f, null n from stage union all
  select cid, rid, 'CHANGED', 'customerNumber', nr from stage union all
  select cid, rid, 'CHANGED', 'labels', label from stage where label is not null) x;
explain (analyze, costs off, summary on) insert into audit_event (id, company_id, vendor_id, actor, action, field, new_value, occurred_at)
select 2100000000 + :off + row_number() over (), cid, :vendor, 'import', 'VENDOR_LINKED', 'vendor', 'Vendor', now() from stage;
