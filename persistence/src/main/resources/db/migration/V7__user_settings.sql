-- What a person chose for themselves and the pages remember across sign-ins and browsers, such as the columns
-- and page size of the customer list. One row a setting; a person's settings go with the person.
create table user_setting (
    user_id    bigint        not null references app_user (id) on delete cascade,
    name       varchar(100)  not null,
    value      varchar(2000) not null,
    updated_at timestamptz   not null,
    primary key (user_id, name)
);
