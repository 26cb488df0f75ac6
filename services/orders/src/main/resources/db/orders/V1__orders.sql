-- The orders service's copy of the catalog's prices and names, built from product.created/updated.
CREATE TABLE products (
  product_id    UUID        PRIMARY KEY,
  sku           TEXT        NOT NULL,
  name          TEXT        NOT NULL,
  price_amount  BIGINT      NOT NULL CHECK (price_amount >= 0),
  currency      TEXT        NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
  updated_at    TIMESTAMPTZ NOT NULL
);

-- One row per order; status and step together are the saga state.
CREATE TABLE orders (
  id             UUID        PRIMARY KEY,
  customer_id    UUID        NOT NULL,
  status         TEXT        NOT NULL CHECK (status IN ('PENDING', 'CONFIRMED', 'CANCELLED')),
  step           TEXT        NOT NULL CHECK (step IN ('AWAITING_STOCK', 'AWAITING_PAYMENT', 'DONE')),
  reason         TEXT        CHECK (reason IN ('OUT_OF_STOCK', 'PAYMENT_DECLINED', 'PAYMENT_UNAVAILABLE')),
  total_amount   BIGINT      NOT NULL CHECK (total_amount >= 0),
  currency       TEXT        NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
  payment_token  TEXT        NOT NULL,
  deadline_at    TIMESTAMPTZ,
  created_at     TIMESTAMPTZ NOT NULL,
  updated_at     TIMESTAMPTZ NOT NULL,
  version        INTEGER     NOT NULL DEFAULT 1,
  CHECK ((status = 'PENDING') = (step <> 'DONE')),
  CHECK ((status = 'CANCELLED') = (reason IS NOT NULL)),
  CHECK ((status = 'PENDING') = (deadline_at IS NOT NULL))
);

-- A customer's orders, newest first (keyset paging).
CREATE INDEX orders_by_customer ON orders (customer_id, created_at DESC, id DESC);
-- Pending orders by deadline, for the sweeper.
CREATE INDEX orders_pending_deadline ON orders (deadline_at) WHERE status = 'PENDING';

CREATE TABLE order_lines (
  order_id     UUID    NOT NULL REFERENCES orders (id),
  line_no      INTEGER NOT NULL,
  product_id   UUID    NOT NULL,
  sku          TEXT    NOT NULL,
  name         TEXT    NOT NULL,
  quantity     INTEGER NOT NULL CHECK (quantity BETWEEN 1 AND 99),
  unit_amount  BIGINT  NOT NULL CHECK (unit_amount >= 0),
  PRIMARY KEY (order_id, line_no)
);

-- The first accepted answer to a customer's Idempotency-Key; only 202 answers are stored.
CREATE TABLE idempotency_keys (
  customer_id      UUID        NOT NULL,
  key              TEXT        NOT NULL,
  request_hash     TEXT        NOT NULL,
  order_id         UUID        NOT NULL REFERENCES orders (id) DEFERRABLE INITIALLY DEFERRED,
  response_status  INTEGER     NOT NULL,
  response_body    JSONB       NOT NULL,
  created_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
  PRIMARY KEY (customer_id, key)
);
