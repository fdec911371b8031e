-- People of a customer company (issue 5): each person's own contact data, the addresses they signed in with before,
-- and two more kinds of e-mailed link in password_token: an admin's invitation to join the company (the invited
-- person chooses a password through it) and the confirmation of a new e-mail address. The new address waits in
-- pending_email until its link is used; until then the person signs in with the old one.
alter table app_user
    add column language      varchar(2)   check (language ~ '^[a-z]{2}$'),
    add column time_zone     varchar(64)  check (length(btrim(time_zone)) > 0),
    add column office_phone  varchar(50)  check (length(btrim(office_phone)) > 0),
    add column pending_email varchar(254) check (length(btrim(pending_email)) > 0);

create table app_user_former_email (
    user_id     bigint       not null references app_user (id),
    email       varchar(254) not null,
    replaced_at timestamptz  not null
);
create index app_user_former_email_user_idx on app_user_former_email (user_id);

alter table password_token drop constraint password_token_purpose_check;
alter table password_token add constraint password_token_purpose_check
    check (purpose in ('SET_PASSWORD', 'RESET_PASSWORD', 'JOIN_COMPANY', 'CONFIRM_EMAIL'));
