-- Web hardening (issue 12): failed sign-ins are counted per address, whether or not an account has it, so that the
-- answers (delay, lock) to an unknown address are the same as to a known one. The address is stored as the
-- application compares it, trimmed and in lower case (no check here: Java's and PostgreSQL's lower case differ for a
-- few characters, and an address longer than the column is cut). A row is removed by a successful sign-in or a new
-- password; rows of addresses nobody tried for a day are removed with the next failure (sign_in_failure_last_idx).
create table sign_in_failure (
    address         varchar(254) primary key check (length(address) > 0),
    failures        integer      not null check (failures >= 0),
    locked_until    timestamptz,
    last_failure_at timestamptz  not null
);
create index sign_in_failure_last_idx on sign_in_failure (last_failure_at);
