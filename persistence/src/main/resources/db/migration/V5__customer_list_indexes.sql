-- The customer list at 100,000 customers per vendor (issue 3, README "Benchmark"): without these, the first page
-- sorted by company name or by customer number joined and sorted all of the vendor's customers (seconds at a
-- million companies); with them PostgreSQL walks the index in list order and stops after one page.
create index company_name_idx on company (name);
create index customer_relationship_vendor_number_idx on customer_relationship (vendor_id, customer_number, id);
