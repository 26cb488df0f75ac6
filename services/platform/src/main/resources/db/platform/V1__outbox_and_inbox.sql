-- Events waiting to be published, written in the same transaction as the change that produced them.
CREATE TABLE outbox (
  seq           BIGSERIAL PRIMARY KEY,
  id            UUID        NOT NULL UNIQUE,
  topic         TEXT        NOT NULL,
  aggregate_id  TEXT        NOT NULL,
  type          TEXT        NOT NULL,
  payload       JSONB       NOT NULL,
  headers       JSONB       NOT NULL,
  created_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- Events this service has already processed, per consumer, recorded in the handler's transaction.
CREATE TABLE inbox (
  consumer      TEXT        NOT NULL,
  event_id      TEXT        NOT NULL,
  type          TEXT        NOT NULL,
  processed_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
  PRIMARY KEY (consumer, event_id)
);
