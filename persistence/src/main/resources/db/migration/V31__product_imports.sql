-- A vendor's products are imported through the same pipeline as customers and schedules (issue 15): a third kind.
-- A product row keeps its article number, trimmed, in customer_number: the row's key, by which the upload marks a
-- key that an earlier row of the file has already (the columns are the customer import's; the rest of a product row
-- is read from its original cells when planned).
alter table customer_import drop constraint customer_import_kind_check;
alter table customer_import add constraint customer_import_kind_check
    check (kind in ('CUSTOMERS', 'SCHEDULES', 'PRODUCTS'));
comment on column customer_import_row.customer_number is
    'The row''s key: the customer number of a customer or schedule row, the article number of a product row';
