-- Probable matches of an ERP reconciliation (issue 16) look up, for each customer without number, the ERP's open rows
-- at the same postal code whose name is similar (pg_trgm). One GIN index over both columns answers that in one index
-- scan; GIN indexes a plain text column (the postal code) with the operator classes of btree_gin, a contrib extension
-- shipped beside pg_trgm (V2). The index itself is built per reconciliation, on a temporary table.
create extension if not exists btree_gin;
