-- Whether an order was placed from the customer's cart; carried on its events so the cart can empty itself.
ALTER TABLE orders ADD COLUMN from_cart BOOLEAN NOT NULL DEFAULT false;

-- A discontinued product can no longer be ordered. A product first heard of through its discontinuation has
-- no name or price; discontinued never goes back to false.
ALTER TABLE products ADD COLUMN discontinued BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE products ALTER COLUMN name DROP NOT NULL;
ALTER TABLE products ALTER COLUMN price_amount DROP NOT NULL;
ALTER TABLE products ALTER COLUMN currency DROP NOT NULL;
ALTER TABLE products ADD CONSTRAINT products_priced_unless_discontinued
  CHECK (discontinued OR (name IS NOT NULL AND price_amount IS NOT NULL AND currency IS NOT NULL));
