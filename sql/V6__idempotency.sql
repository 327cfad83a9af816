-- Idempotency-Key: what a person's request sent with a key answered, so that a retry of it is
-- answered the same instead of being applied twice. A row is written in the same transaction
-- as the request's first change (io.eteam.idempotency.PendingKeys), so no change is committed
-- without its key; its answer is stored right after. A row whose status is null committed a
-- change whose answer was lost (the server stopped before storing it).
--
-- Neither the key nor the answer is kept in the clear: key_hash is a SHA-256 of the key, and
-- the answer (which may hold a new API token) is sealed with a key derived from the
-- Idempotency-Key, which only its sender knows.
CREATE TABLE idempotency_key (
  handle        VARCHAR(32)              NOT NULL,
  key_hash      VARCHAR(64)              NOT NULL,
  request_hash  VARCHAR(64)              NOT NULL,
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  status        INT,
  content_type  VARCHAR(200),
  answer        TEXT,
  CONSTRAINT idempotency_key_pk PRIMARY KEY (handle, key_hash),
  CONSTRAINT idempotency_key_person_fk FOREIGN KEY (handle) REFERENCES person (handle),
  CONSTRAINT idempotency_key_status_ck CHECK (status BETWEEN 100 AND 599)
);

-- Rows older than a day are purged by created_at.
CREATE INDEX idempotency_key_created_at_ix ON idempotency_key (created_at);
