-- The cart's copy of the catalog, built from product.created/updated/discontinued. The newest event time wins;
-- discontinued never goes back to false. A product first heard of through its discontinuation has no name or
-- price (it can never be put into a cart).
CREATE TABLE products (
  product_id    UUID        PRIMARY KEY,
  sku           TEXT        NOT NULL,
  name          TEXT,
  price_amount  BIGINT      CHECK (price_amount >= 0),
  currency      TEXT        CHECK (currency ~ '^[A-Z]{3}$'),
  discontinued  BOOLEAN     NOT NULL DEFAULT false,
  updated_at    TIMESTAMPTZ NOT NULL,
  CHECK (discontinued OR (name IS NOT NULL AND price_amount IS NOT NULL AND currency IS NOT NULL))
);

-- One line per customer and product; the quantity is what the customer set, never a sum of additions.
CREATE TABLE cart_lines (
  customer_id  UUID        NOT NULL,
  product_id   UUID        NOT NULL REFERENCES products (product_id),
  quantity     INTEGER     NOT NULL CHECK (quantity BETWEEN 1 AND 99),
  added_at     TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (customer_id, product_id)
);
