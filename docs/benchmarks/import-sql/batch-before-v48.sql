-- One import batch of 5,000 new customers of the benchmark vendor, statement by statement as CustomerBulkWriter sends it
-- (before V48: the relationship triggers and the history vendor trigger fire), each under EXPLAIN ANALYZE, in one
-- transaction that commits (use a copy of the benchmark platform): psql -1 -v off=100000 -d clientbook_bench_copy -f batch-before-v48.sql
-- (a different off for each batch)
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
explain (analyze, costs off, summary on) insert into customer_relationship (id, vendor_id, customer_id, customer_number, origin, created_at, updated_at)
select rid, :vendor, cid, nr, 'CREATED', now(), now() from stage;
explain (analyze, costs off, summary on) insert into customer_label (relationship_id, label) select rid, label from stage where label is not null on conflict do nothing;
explain (analyze, costs off, summary on) insert into audit_event (id, company_id, relationship_id, actor, action, field, old_value, new_value, occurred_at)
select 2000000000 + :off * 3 + row_number() over (), cid, rid, 'import', a, f, null, n, now() from (
  select cid, rid, 'STARTED' a, null f, null n from stage union all
  select cid, rid, 'CHANGED', 'customerNumber', nr from stage union all
  select cid, rid, 'CHANGED', 'labels', label from stage where label is not null) x;
explain (analyze, costs off, summary on) insert into audit_event (id, company_id, vendor_id, actor, action, field, new_value, occurred_at)
select 2100000000 + :off + row_number() over (), cid, :vendor, 'import', 'VENDOR_LINKED', 'vendor', 'Vendor', now() from stage;
