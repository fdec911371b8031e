-- 1. The vendor-wide history (vendor/history.xhtml) shows the access requests companies made of the vendor: asked,
-- rejected (with the reason) and approved. The approval is the relationship's first event and carried the vendor since
-- V20; the request's own events named only the request. They name the vendor now (AuditEvent.onAccessRequest), the
-- database fills it in for any writer that leaves it out, and the events written before are placed here.
update audit_event a set vendor_id = q.vendor_id
from access_request q
where q.id = a.access_request_id
  and a.vendor_id is null;

create or replace function audit_event_vendor() returns trigger
    language plpgsql as
$$
begin
    if new.vendor_id is null and new.relationship_id is not null then
        select r.vendor_id into new.vendor_id from customer_relationship r where r.id = new.relationship_id;
    end if;
    if new.vendor_id is null and new.access_request_id is not null then
        select q.vendor_id into new.vendor_id from access_request q where q.id = new.access_request_id;
    end if;
    return new;
end
$$;

-- Newest first per vendor, and paging through them: V20's index, partial as the history's filter now reads
-- (AuditRepository.VENDOR_HISTORY), so the page and its count still read only the vendor's entries.
drop index audit_event_vendor_idx;
create index audit_event_vendor_history_idx on audit_event (vendor_id, occurred_at desc, id desc)
    where relationship_id is not null or access_request_id is not null;
