-- Recommendations' copy of the catalog, built from product events. changed_at is the time the catalog
-- reported with the event, so an older state never overwrites a newer one.
CREATE TABLE products (
  id            UUID        PRIMARY KEY,
  sku           TEXT        NOT NULL,
  name          TEXT        NOT NULL,
  description   TEXT        NOT NULL DEFAULT '',
  price_amount  BIGINT      NOT NULL,
  currency      CHAR(3)     NOT NULL,
  discontinued  BOOLEAN     NOT NULL DEFAULT false,
  changed_at    TIMESTAMPTZ NOT NULL
);

CREATE INDEX products_by_sku ON products (sku);

-- The last known stock level of each SKU, from stock events; a level is applied only if its version is
-- newer. Kept per SKU rather than on the product row, so a level that arrives before its product is kept.
CREATE TABLE stock_levels (
  sku            TEXT   PRIMARY KEY,
  available      INT    NOT NULL CHECK (available >= 0),
  stock_version  BIGINT NOT NULL
);

-- "Bought together": how many confirmed orders held both products. Both directions are stored, so the
-- recommendations of a product are one index range.
CREATE TABLE co_purchases (
  product_a  UUID   NOT NULL,
  product_b  UUID   NOT NULL,
  count      BIGINT NOT NULL CHECK (count > 0),
  PRIMARY KEY (product_a, product_b),
  CHECK (product_a <> product_b)
);

-- Browsing history: the latest view of each product per user, pruned to the newest views per user.
CREATE TABLE views (
  user_id     UUID        NOT NULL,
  product_id  UUID        NOT NULL,
  viewed_at   TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (user_id, product_id)
);

CREATE INDEX views_newest_first ON views (user_id, viewed_at DESC, product_id);
