-- Idempotency-Key for creating API calls: an ERP that retries POST /customers gets the first answer again
-- instead of a second customer. The row is written in the same transaction as what the request created, so a
-- refused or rolled-back request leaves no key. The unique (vendor_id, idempotency_key) makes a concurrent
-- request with the same key wait for the first one and then see its answer. Rows older than the retention
-- (24 hours, see IdempotentRequests) are treated as absent when read and reused on the next claim.
CREATE TABLE idempotency_key (
    id              BIGSERIAL PRIMARY KEY,
    vendor_id       BIGINT       NOT NULL REFERENCES company (id),
    idempotency_key VARCHAR(200) NOT NULL,
    request_hash    CHAR(64)     NOT NULL,
    response_status INTEGER,
    response_body   TEXT,
    resource_id     BIGINT,
    created_at      TIMESTAMPTZ  NOT NULL,
    CONSTRAINT idempotency_key_vendor_key_uq UNIQUE (vendor_id, idempotency_key)
);
