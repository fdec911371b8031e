-- The vendor-wide history (vendor/history.xhtml, issue 13): every audit event about a relationship carries the vendor
-- it belongs to, so a vendor reads all changes to all its customers through one index, including those of customers
-- it has unlinked since (their relationship row is gone; the events stay, docs/product-rules.md rule 7). The column
-- came with V18, where it names the vendor of an entry in a customer company's own history (those entries have no
-- relationship id; the vendor-wide history leaves them out, and the customer's reads only them).

-- Events written before this migration: the vendor of a relationship that still exists. Those of relationships that
-- were unlinked before cannot be placed and stay only in the customer company's own history.
update audit_event a set vendor_id = r.vendor_id
from customer_relationship r
where r.id = a.relationship_id;

-- Every path that writes history (the services through JPA, imports in bulk through JDBC) names the relationship; the
-- database adds its vendor, so no writer can forget it. An unlink writes its event before the row is deleted.
create function audit_event_vendor() returns trigger
    language plpgsql as
$$
begin
    if new.vendor_id is null and new.relationship_id is not null then
        select r.vendor_id into new.vendor_id from customer_relationship r where r.id = new.relationship_id;
    end if;
    return new;
end
$$;

create trigger audit_event_vendor
    before insert on audit_event
    for each row
execute function audit_event_vendor();

-- Newest first per vendor, and paging through them
create index audit_event_vendor_idx on audit_event (vendor_id, occurred_at desc, id desc) where relationship_id is not null;

-- Mail status (issue 13): whether the e-mail of an invitation went out, or waits for a retry, is read from the outbox
-- by recipient and time; without this index each lookup would read the whole outbox.
create index outbox_message_recipient_idx on outbox_message (lower(recipient), created_at);
