-- Products. available and stock_version are the catalog's copy of inventory's stock levels: a level is
-- applied only if its version is newer than the one already stored.
CREATE TABLE products (
  id             UUID        PRIMARY KEY,
  sku            TEXT        NOT NULL UNIQUE CHECK (sku ~ '^[A-Za-z0-9._-]{1,64}$'),
  name           TEXT        NOT NULL CHECK (char_length(name) BETWEEN 1 AND 200),
  description    TEXT        NOT NULL DEFAULT '' CHECK (char_length(description) <= 4000),
  price_amount   BIGINT      NOT NULL CHECK (price_amount >= 0),
  currency       CHAR(3)     NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
  available      INT         NOT NULL DEFAULT 0 CHECK (available >= 0),
  stock_version  BIGINT      NOT NULL DEFAULT 0,
  created_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
  updated_at     TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- Keyset pagination: newest first, id breaks ties.
CREATE INDEX products_newest_first ON products (created_at DESC, id DESC);
