-- Stock of one SKU. The CHECKs are the last line of defence: the code never lets them fire.
CREATE TABLE stock (
  sku         TEXT        PRIMARY KEY,
  on_hand     INTEGER     NOT NULL CHECK (on_hand >= 0),
  reserved    INTEGER     NOT NULL CHECK (reserved >= 0),
  version     BIGINT      NOT NULL CHECK (version >= 1),
  updated_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
  CONSTRAINT stock_reserved_within_on_hand CHECK (reserved <= on_hand)
);

-- What inventory decided for each order; one row per order, whatever the number of deliveries.
CREATE TABLE reservations (
  order_id    UUID        PRIMARY KEY,
  status      TEXT        NOT NULL CHECK (status IN ('RESERVED', 'COMMITTED', 'RELEASED', 'REJECTED')),
  lines       JSONB       NOT NULL,
  created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
  updated_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- Every admin adjustment, for people who ask "why is the stock what it is?".
CREATE TABLE adjustments (
  id          BIGSERIAL   PRIMARY KEY,
  sku         TEXT        NOT NULL REFERENCES stock (sku),
  delta       INTEGER     NOT NULL CHECK (delta <> 0),
  reason      TEXT        NOT NULL,
  on_hand     INTEGER     NOT NULL,
  created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE INDEX adjustments_by_sku ON adjustments (sku, created_at);
