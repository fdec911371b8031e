-- The company profile (issue 5): customer companies describe themselves. The VAT id is stored normalised (upper
-- case, no blanks, dots or dashes), so the check is the same rule the application applies; the language is an
-- ISO 639-1 code in lower case. The existing address columns are the bill-to address.
alter table company
    add column legal_name varchar(200) check (length(btrim(legal_name)) > 0),
    add column vat_id     varchar(15)  check (vat_id ~ '^[A-Z]{2}[A-Z0-9]{2,13}$'),
    add column industry   varchar(100) check (length(btrim(industry)) > 0),
    add column language   varchar(2)   check (language ~ '^[a-z]{2}$');
