-- Calendar feeds (issue 18): each person's feed token, the credential in the URL of their
-- /calendar.ics. At most one per person (a new one replaces it); only a SHA-256 hash is kept,
-- as for API tokens, and in a table of its own, so that neither kind of token opens the other's door.
CREATE TABLE feed_token (
  handle      VARCHAR(32)              NOT NULL,
  token_hash  VARCHAR(64)              NOT NULL,
  created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT feed_token_pk PRIMARY KEY (handle),
  CONSTRAINT feed_token_hash_uk UNIQUE (token_hash),
  CONSTRAINT feed_token_person_fk FOREIGN KEY (handle) REFERENCES person (handle)
);
