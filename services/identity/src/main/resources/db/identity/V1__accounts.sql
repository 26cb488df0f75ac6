-- Accounts. E-mail addresses are stored lower-cased, so the unique index makes them unique case-insensitively.
CREATE TABLE accounts (
  id             UUID        PRIMARY KEY,
  email          TEXT        NOT NULL CHECK (email = lower(email) AND char_length(email) BETWEEN 3 AND 254),
  name           TEXT        NOT NULL CHECK (char_length(name) BETWEEN 1 AND 100),
  password_hash  TEXT        NOT NULL,
  roles          TEXT[]      NOT NULL DEFAULT ARRAY['customer'],
  created_at     TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE UNIQUE INDEX accounts_email_key ON accounts (email);
