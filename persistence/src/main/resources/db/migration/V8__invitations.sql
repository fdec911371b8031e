-- Invitations: a vendor's offer to connect, sent by e-mail with a single-use link. Only a SHA-256 hash of the
-- link's token is stored. Status is derived (revoked_at, accepted_at, expires_at against the clock), never
-- stored, so nothing has to run for an invitation to expire. relationship_id is the vendor's customer the
-- invitation is about: set from the start when the vendor invites a customer it created, and set on accepting
-- otherwise; unlinking that customer later empties it (the invitation, accepted or not, stays as a record).
create sequence invitation_seq start with 50 increment by 50;

create table invitation (
    id                  bigint primary key,
    vendor_id           bigint       not null references company (id),
    relationship_id     bigint       references customer_relationship (id) on delete set null,
    email               varchar(254) not null check (length(btrim(email)) > 0),
    first_name          varchar(100),
    last_name           varchar(100),
    business_name       varchar(200),
    customer_number     varchar(50),
    personal            boolean      not null default false,
    token_hash          varchar(128) not null,
    invited_by_user_id  bigint       references app_user (id),
    sent_by             varchar(300) not null,
    created_at          timestamptz  not null,
    sent_at             timestamptz  not null,
    expires_at          timestamptz  not null,
    revoked_at          timestamptz,
    accepted_at         timestamptz,
    accepted_by_user_id bigint       references app_user (id),
    version             bigint       not null default 0
);
-- A link finds its invitation by the token's hash; a resend replaces the hash.
create unique index invitation_token_hash_uq on invitation (token_hash);
-- The vendor's "Invitations" page: newest sent first.
create index invitation_vendor_sent_idx on invitation (vendor_id, sent_at desc, id desc);
-- "Is this address invited already?" when inviting.
create index invitation_vendor_email_idx on invitation (vendor_id, lower(email));
-- The customer list's status Invited: an open invitation about the relationship (expiry checked on reading).
create index invitation_open_relationship_idx on invitation (relationship_id)
    where accepted_at is null and revoked_at is null;

create table invitation_label (
    invitation_id bigint      not null references invitation (id) on delete cascade,
    label         varchar(50) not null check (length(btrim(label)) > 0)
);
create index invitation_label_invitation_idx on invitation_label (invitation_id);
