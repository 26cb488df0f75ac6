-- A discontinued product stays in the table (its SKU stays taken, stock levels still apply) but is no longer
-- listed, readable or changeable. NULL means the product is on sale.
ALTER TABLE products ADD COLUMN discontinued_at TIMESTAMPTZ;

-- The list only walks products on sale: newest first, id breaks ties.
CREATE INDEX products_on_sale_newest_first ON products (created_at DESC, id DESC) WHERE discontinued_at IS NULL;
