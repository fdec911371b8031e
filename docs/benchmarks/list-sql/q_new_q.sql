select count(r.id) from customer_relationship r where r.vendor_id=11000001::bigint and r.search_text like '%krone hu%';
select r.id from customer_relationship r where r.vendor_id=11000001::bigint and r.search_text like '%krone hu%';
