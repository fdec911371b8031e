select customers from vendor_customer_count where vendor_id=11000001::bigint;
select r.id, c.name from customer_relationship r join company c on c.id=r.customer_id where r.vendor_id=11000001::bigint and (r.banned_at is null or r.banned_until < current_date) order by r.search_name, r.customer_id limit 50;
