-- An e-mail of the outbox may carry one attachment (docs/architecture.md, "The outbox"): the vendor's notification of
-- a new order has the order as a CSV file. It is stored with the message, in the same row and the same transaction as
-- the change that caused it, so the attachment is sent exactly as the message is: once, after any SMTP outage.
alter table outbox_message
    add column attachment_name    varchar(200),
    add column attachment_type    varchar(100),
    add column attachment_content bytea,
    add constraint outbox_message_attachment_ck check (
        (attachment_name is null and attachment_type is null and attachment_content is null)
        or (attachment_name is not null and attachment_type is not null and attachment_content is not null));
