-- Every event of an order that orders published or consumed, written in the transaction of the change it
-- belongs to (the outbox append, or the inbox record), so redelivery never adds a row twice. seq is the
-- order in which orders recorded them: for one order, the order in which the saga saw them.
CREATE TABLE order_timeline (
  seq          BIGSERIAL   PRIMARY KEY,
  order_id     UUID        NOT NULL,
  event_id     TEXT        NOT NULL UNIQUE,
  type         TEXT        NOT NULL,
  source       TEXT        NOT NULL,
  time         TIMESTAMPTZ NOT NULL,
  traceparent  TEXT,
  recorded_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE INDEX order_timeline_by_order ON order_timeline (order_id, seq);
