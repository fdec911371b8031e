-- Webhooks (issue 17), second part: invitation.expired events, and the order of a customer's deliveries.

-- An invitation's expiry is read from the clock; a scheduled job writes its invitation.expired event once, in the
-- transaction that sets this column (a resend clears it: the new link expires anew). Invitations already expired now
-- are marked as announced, so the first run does not send the whole past at once.
alter table invitation add column expiry_announced_at timestamptz;
update invitation set expiry_announced_at = expires_at where expires_at <= now();
-- the job's question: open invitations expired and not yet announced
create index invitation_expiry_unannounced_idx on invitation (expires_at)
    where accepted_at is null and revoked_at is null and expiry_announced_at is null;

-- A customer's deliveries go out in the order their events were written (created_at, then id): ids alone come from
-- blocks each server and each import batch takes from the sequence, so a later event could carry a smaller id.
create index webhook_delivery_queue_order_idx on webhook_delivery (endpoint_id, ordering_key, created_at, id)
    where status = 'PENDING';
drop index webhook_delivery_queue_idx;
