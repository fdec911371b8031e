-- Platform administration (issue 10): the platform admin creates, suspends and reactivates vendors. A vendor
-- describes itself to its customers (website, an "about us" text, the reply-to address of the e-mails sent for it);
-- its language column is the language of those e-mails. A suspension keeps its reason, who and when; nothing of the
-- vendor is deleted. The operator company that holds the platform admins is a vendor by kind, marked so that no
-- vendor list or count includes it. Vendor names are unique, whatever their case and surrounding blanks.
alter table company
    add column website           varchar(200)  check (length(btrim(website)) > 0),
    add column about             varchar(2000) check (length(btrim(about)) > 0),
    add column reply_to          varchar(254)  check (length(btrim(reply_to)) > 0),
    add column platform_operator boolean       not null default false,
    add column suspended_at      timestamptz,
    add column suspended_by      varchar(300),
    add column suspension_reason varchar(500)  check (length(btrim(suspension_reason)) > 0),
    add constraint company_suspension_complete
        check ((suspended_at is null) = (suspension_reason is null) and (suspended_at is null) = (suspended_by is null)),
    add constraint company_operator_is_vendor check (not platform_operator or kind = 'VENDOR'),
    add constraint company_operator_never_suspended check (not platform_operator or suspended_at is null);

update company set platform_operator = true
 where kind = 'VENDOR' and id in (select company_id from app_user where role = 'PLATFORM_ADMIN');

create unique index company_vendor_name_uq on company (lower(btrim(name))) where kind = 'VENDOR';

-- Outgoing mail may name where answers go: the vendor's reply-to address.
alter table outbox_message add column reply_to varchar(254);
