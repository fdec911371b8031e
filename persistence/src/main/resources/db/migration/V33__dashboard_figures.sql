-- issue 16: the dashboard's figures that read a month of orders (top 10 products, top 10 customers), kept per vendor
-- for a few minutes (ReportRepository.FIGURES_FRESH_FOR) so a dashboard view reads 20 rows instead of a month of
-- order lines. The first view after they went stale computes them again, one server at a time (the row lock).
create table dashboard_figures (
    vendor_id   bigint      primary key references company (id),
    computed_at timestamptz not null
);

create table dashboard_top (
    vendor_id bigint        not null references dashboard_figures (vendor_id) on delete cascade,
    kind      varchar(8)    not null check (kind in ('PRODUCT', 'CUSTOMER')),
    position  smallint      not null check (position between 1 and 10),
    item_id   bigint        not null,
    label     varchar(300)  not null,
    orders    bigint        not null,
    quantity  numeric(18,3) not null,
    primary key (vendor_id, kind, position)
);
