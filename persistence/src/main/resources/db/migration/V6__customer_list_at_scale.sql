-- The customer list and the searches at platform scale (issue 3's benchmark, README "Benchmark": 1,000,000 customer
-- companies, 2,000,000 relationships, one vendor with 100,000 customers). Each index serves a query shape that
-- EXPLAIN (ANALYZE, BUFFERS) showed reading everything without it.

-- The list sorted by company name: PostgreSQL walks the companies in name order and keeps the vendor's (a lookup in
-- customer_relationship_pair_uq each), stopping after one page, instead of joining and sorting all of the vendor's
-- customers. The list sorts by lower(name), then company id (V5's company (name) cannot serve lower(name)).
create index company_lower_name_idx on company (lower(name), id);
-- The same for the list sorted by city.
create index company_lower_city_idx on company (lower(city), id);

-- The list's "contains" filters on company name and city (lower(x) like '%…%'): trigram indexes find the few
-- matching companies among a million, instead of reading every company of the vendor.
create index company_lower_name_trgm_idx on company using gin (lower(name) gin_trgm_ops);
create index company_lower_city_trgm_idx on company using gin (lower(city) gin_trgm_ops);

-- The list sorted by date added (the page's default, newest first: read backwards) and by customer number, as the
-- list sorts them: a walk of the vendor's part of the index that stops after one page. V5's
-- (vendor_id, customer_number, id) stays for "no customer number yet" (customer_number is null).
create index customer_relationship_vendor_created_idx on customer_relationship (vendor_id, created_at, id);
create index customer_relationship_vendor_lower_number_idx on customer_relationship (vendor_id, lower(customer_number), id);

-- The list's free text (q: name, e-mail, city or customer number contains it): the companies whose name, e-mail or
-- city contain it, found through one trigram index each, instead of reading all of the vendor's customers' companies.
create index company_lower_email_trgm_idx on company using gin (lower(email) gin_trgm_ops);

-- Finer statistics for lower(name) and lower(city) (ANALYZE keeps them for the expression indexes above). With the
-- default 100 histogram values, one value that happened to contain "krone hu" made PostgreSQL expect 10,000
-- companies with it instead of 426, and join all of a vendor's customers instead of looking up those 426.
alter index company_lower_name_idx alter column 1 set statistics 1000;
alter index company_lower_city_idx alter column 1 set statistics 1000;
