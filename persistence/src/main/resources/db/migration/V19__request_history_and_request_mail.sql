-- An access request's history belongs to the vendor and company that it joins before any relationship exists
-- (product rules 7): asking, rejecting with a reason and asking again are written against the request, and the
-- vendor's history of the customer shows them with the relationship's own events once the request is approved.
alter table audit_event add column access_request_id bigint references access_request (id);
create index audit_event_access_request_idx on audit_event (access_request_id, occurred_at)
    where access_request_id is not null;

-- A vendor's choice whether its admins are e-mailed about each new access request; on unless an admin turns it off.
alter table company add column mail_on_access_request boolean not null default true;
