-- The reviews service's copies of foreign facts, each built from events, never by asking another service.
-- Products from product.created / product.discontinued: only products known here and not discontinued can be
-- reviewed.
CREATE TABLE products (
  product_id    UUID    PRIMARY KEY,
  discontinued  BOOLEAN NOT NULL DEFAULT false
);

-- Users from user.registered: the name shown as the author of their reviews.
CREATE TABLE users (
  user_id  UUID PRIMARY KEY,
  name     TEXT NOT NULL
);

-- Who bought what, from order.confirmed: a review is a verified purchase when its author has a row here.
CREATE TABLE purchases (
  user_id     UUID NOT NULL,
  product_id  UUID NOT NULL,
  PRIMARY KEY (user_id, product_id)
);

-- One review per user and product; the unique constraint decides under concurrency.
CREATE TABLE reviews (
  id                 UUID        PRIMARY KEY,
  product_id         UUID        NOT NULL,
  user_id            UUID        NOT NULL,
  author             TEXT        NOT NULL CHECK (char_length(author) BETWEEN 1 AND 100),
  rating             SMALLINT    NOT NULL CHECK (rating BETWEEN 1 AND 5),
  text               TEXT        NOT NULL CHECK (char_length(text) <= 2000),
  verified_purchase  BOOLEAN     NOT NULL,
  created_at         TIMESTAMPTZ NOT NULL,
  CONSTRAINT one_review_per_user_and_product UNIQUE (product_id, user_id)
);

CREATE INDEX reviews_newest_first ON reviews (product_id, created_at DESC, id DESC);
CREATE INDEX reviews_by_user ON reviews (user_id);

-- Count and sum of ratings per product, changed in the same transaction as each new review, so a summary
-- reads one row instead of aggregating every review.
CREATE TABLE rating_totals (
  product_id    UUID   PRIMARY KEY,
  review_count  INT    NOT NULL CHECK (review_count >= 0),
  rating_sum    BIGINT NOT NULL CHECK (rating_sum >= 0)
);
