#!/bin/bash
# The customer list filtered by a custom field at 100,000 customers (issue 17), at the SQL level: the statements one
# list request runs (count of all, count of the banned, the page), each shape timed N times; median and p95 in ms.
# Usage: docs/benchmarks/custom-fields.sh [database] — on a generated benchmark database (docs/benchmarks.md) that
# has migration V39; the first run adds three fields to the vendor with the most customers and values for them.
set -euo pipefail
DB=${1:-clientbook_bench}; N=${N:-21}
PSQL="psql -h ${PGHOST:-127.0.0.1} -U ${PGUSER:-postgres} -d $DB -Atq"
V=$($PSQL -c "select vendor_id from customer_relationship group by vendor_id order by count(*) desc limit 1")
if [ "$($PSQL -c "select count(*) from custom_field where vendor_id = $V and field_key = 'benchSeats'")" = 0 ]; then
  $PSQL <<SQL
insert into custom_field (id, vendor_id, field_key, label_en, label_de, field_type, created_at, updated_at) values
  (nextval('custom_field_seq'), $V, 'benchSeats', 'Seats', 'Plätze', 'NUMBER', now(), now()),
  (nextval('custom_field_seq'), $V, 'benchZone', 'Zone', 'Zone', 'TEXT', now(), now());
insert into custom_field_value (id, relationship_id, field_id, number_value)
select nextval('custom_field_value_seq'), r.id, f.id, abs(hashtext(r.id::text)) % 1000
  from customer_relationship r, custom_field f where r.vendor_id = $V and f.vendor_id = $V and f.field_key = 'benchSeats';
insert into custom_field_value (id, relationship_id, field_id, text_value)
select nextval('custom_field_value_seq'), r.id, f.id, 'Zone ' || abs(hashtext('z' || r.id)) % 20
  from customer_relationship r, custom_field f where r.vendor_id = $V and f.vendor_id = $V and f.field_key = 'benchZone'
   and abs(hashtext('q' || r.id)) % 10 <> 0;
analyze custom_field_value;
SQL
fi
SEATS=$($PSQL -c "select id from custom_field where vendor_id = $V and field_key = 'benchSeats'")
ZONE=$($PSQL -c "select id from custom_field where vendor_id = $V and field_key = 'benchZone'")
NOT_BANNED="(r.banned_at is null or r.banned_until < current_date)"
BANNED="r.banned_at is not null and (r.banned_until is null or r.banned_until >= current_date)"
run() { # name, exists-condition, order (empty: the page is read by id)
  for i in $(seq 1 "$N"); do
    if [ -z "$3" ]; then page="select r.id from customer_relationship r where r.vendor_id = $V and $NOT_BANNED and $2;"
    else page="select r.id, c.name from customer_relationship r join company c on c.id = r.customer_id where r.vendor_id = $V and $NOT_BANNED and $2 order by $3, c.id limit 50;"; fi
    $PSQL <<SQL | grep -o 'Time: [0-9.]*' | awk '{s+=$2} END {print s}'
\timing on
select count(r.id) from customer_relationship r where r.vendor_id = $V and $2;
select count(r.id) from customer_relationship r where r.vendor_id = $V and $BANNED and $2;
$page
SQL
  done | sort -n | awk -v name="$1" '{a[NR]=$1} END {printf "%-34s median %7.1f ms  p95 %7.1f ms  (n=%d)\n", name, a[int((NR+1)/2)], a[int(NR*0.95+0.999)], NR}'
}
cf() { echo "exists (select v.id from custom_field_value v where v.relationship_id = r.id and v.field_id = $1 and $2)"; }
cat /proc/loadavg
run "no filter (baseline)" "true" "lower(c.name)"
run "seats 500-504 (~500, by id)" "$(cf "$SEATS" "v.number_value between 500 and 504")" ""
run "zone = 'zone 7' (~4,500, sorted)" "$(cf "$ZONE" "lower(v.text_value) = 'zone 7'")" "coalesce(lower(c.name), lower(c.name))"
run "seats >= 100 (~90,000, name walk)" "$(cf "$SEATS" "v.number_value >= 100")" "lower(c.name)"
run "zone contains 'ne 1' (~50,000)" "$(cf "$ZONE" "lower(v.text_value) like '%ne 1%'")" "lower(c.name)"
cat /proc/loadavg
