-- The copy of identity's users that mails need, built from user.registered; orders carry only the customer id.
CREATE TABLE users (
  user_id        UUID        PRIMARY KEY,
  email          TEXT        NOT NULL,
  name           TEXT        NOT NULL,
  registered_at  TIMESTAMPTZ NOT NULL,
  updated_at     TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- One row per event that asks for a mail (event_id is unique: the primary key). The row and the composed mail
-- are written PENDING in the same transaction that records the event in the inbox, and turn SENT once the SMTP
-- server accepted the mail; a redelivered event whose mail is SENT sends nothing.
CREATE TABLE sent_mails (
  event_id    TEXT        PRIMARY KEY,
  kind        TEXT        NOT NULL CHECK (kind IN ('WELCOME', 'ORDER_CONFIRMED', 'ORDER_CANCELLED')),
  reference   TEXT        NOT NULL,
  recipient   TEXT        NOT NULL,
  subject     TEXT        NOT NULL,
  body        TEXT        NOT NULL,
  message_id  TEXT        NOT NULL,
  status      TEXT        NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'SENT')),
  attempts    INTEGER     NOT NULL DEFAULT 0 CHECK (attempts >= 0),
  last_error  TEXT,
  created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
  sent_at     TIMESTAMPTZ,
  CHECK ((status = 'SENT') = (sent_at IS NOT NULL))
);

CREATE INDEX sent_mails_pending ON sent_mails (created_at) WHERE status = 'PENDING';
CREATE INDEX sent_mails_reference ON sent_mails (reference);
