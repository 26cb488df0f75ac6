-- One payment per order. A row created by order.cancelled before any payment.requested is a CANCELLED
-- tombstone (no token): a late payment.requested finds it and is never charged.
CREATE TABLE payments (
  order_id            UUID        PRIMARY KEY,
  customer_id         UUID        NOT NULL,
  amount              BIGINT      NOT NULL CHECK (amount >= 0),
  currency            TEXT        NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
  token               TEXT,
  status              TEXT        NOT NULL
                        CHECK (status IN ('REQUESTED', 'AUTHORIZED', 'DECLINED', 'UNAVAILABLE', 'CANCELLED')),
  provider_charge_id  TEXT,
  attempts            INTEGER     NOT NULL DEFAULT 0 CHECK (attempts >= 0),
  last_error          TEXT,
  created_at          TIMESTAMPTZ NOT NULL DEFAULT now(),
  updated_at          TIMESTAMPTZ NOT NULL DEFAULT now(),
  CHECK (status <> 'REQUESTED' OR token IS NOT NULL),
  CHECK (status <> 'AUTHORIZED' OR provider_charge_id IS NOT NULL)
);

CREATE INDEX payments_status_idx ON payments (status) WHERE status = 'REQUESTED';
