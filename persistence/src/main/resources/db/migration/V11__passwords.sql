-- Repeated failed sign-ins lock an account for a while. The lock is read from these columns at sign-in, so no
-- job has to lift it, and every server of a cluster sees the same count.
alter table app_user add column failed_sign_ins integer not null default 0 check (failed_sign_ins >= 0);
alter table app_user add column locked_until timestamptz;

-- One table for both kinds of password link: the first password (set by the person created by somebody else)
-- and "forgot your password?". A newer link or a password change revokes the outstanding ones.
alter table password_token add column purpose varchar(16) not null default 'SET_PASSWORD'
    check (purpose in ('SET_PASSWORD', 'RESET_PASSWORD'));
alter table password_token alter column purpose drop default;
alter table password_token add column revoked_at timestamptz;
create index password_token_user_idx on password_token (user_id);
