package org.bazaar.reviews.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import org.bazaar.events.review.ReviewPosted;
import org.bazaar.platform.db.Transactions;
import org.bazaar.platform.outbox.Outbox;
import org.bazaar.reviews.Author;
import org.bazaar.reviews.NewReview;
import org.bazaar.reviews.PostOutcome;
import org.bazaar.reviews.PostingFacts;
import org.bazaar.reviews.Rating;
import org.bazaar.reviews.Review;
import org.bazaar.reviews.ReviewSummary;
import org.bazaar.reviews.messaging.ReviewEvents;

/**
 * Owns the SQL of reviews and their per-product rating totals. A review, its product's new totals and its
 * review.posted event commit in one transaction, under a lock on the product's row, so one product's events
 * leave in commit order.
 */
public final class ReviewRepository {

  private static final String FACTS = "SELECT p.discontinued, "
      + "(SELECT name FROM users WHERE user_id = $2) AS user_name, "
      + "EXISTS (SELECT 1 FROM purchases WHERE user_id = $2 AND product_id = $1) AS purchased "
      + "FROM products p WHERE p.product_id = $1 FOR UPDATE OF p";
  private static final String INSERT = "INSERT INTO reviews (id, product_id, user_id, author, rating, text, "
      + "verified_purchase, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) "
      + "ON CONFLICT ON CONSTRAINT one_review_per_user_and_product DO NOTHING";
  private static final String ADD_TO_TOTALS = "INSERT INTO rating_totals (product_id, review_count, rating_sum) "
      + "VALUES ($1, 1, $2) ON CONFLICT (product_id) DO UPDATE SET "
      + "review_count = rating_totals.review_count + 1, rating_sum = rating_totals.rating_sum + EXCLUDED.rating_sum";
  // one statement, so the totals and the reviews come from one snapshot
  private static final String SUMMARY = "SELECT t.review_count, t.rating_sum, r.id, r.user_id, r.author, r.rating, "
      + "r.text, r.verified_purchase, r.created_at, u.name AS user_name "
      + "FROM rating_totals t "
      + "LEFT JOIN LATERAL (SELECT * FROM reviews WHERE product_id = t.product_id "
      + "ORDER BY created_at DESC, id DESC LIMIT $2) r ON true "
      + "LEFT JOIN users u ON u.user_id = r.user_id "
      + "WHERE t.product_id = $1 ORDER BY r.created_at DESC, r.id DESC";

  private final Pool pool;
  private final Outbox outbox;

  public ReviewRepository(Pool pool, Outbox outbox) {
    this.pool = pool;
    this.outbox = outbox;
  }

  /** Posts the user's review of the product, unless the product cannot be reviewed or the user already did. */
  public Future<PostOutcome> post(UUID productId, UUID userId, NewReview input, String traceparent) {
    return Transactions.run(pool, tx -> tx.preparedQuery(FACTS).execute(Tuple.of(productId, userId)).compose(rows -> {
      PostingFacts facts = rows.size() == 0 ? PostingFacts.unknownProduct() : facts(rows.iterator().next());
      if (!facts.reviewable()) {
        return Future.succeededFuture(new PostOutcome.UnknownProduct());
      }
      Review review = facts.review(UUID.randomUUID(), productId, userId, input, now());
      return tx.preparedQuery(INSERT).execute(row(review)).compose(inserted -> inserted.rowCount() == 0
          ? Future.succeededFuture(new PostOutcome.AlreadyReviewed())
          : addToTotals(tx, review)
              .compose(v -> publish(tx, ReviewEvents.posted(review), traceparent))
              .map(v -> new PostOutcome.Posted(review)));
    }));
  }

  /** The product's rating and newest reviews; an empty summary for a product nobody reviewed. */
  public Future<ReviewSummary> summary(UUID productId) {
    return pool.preparedQuery(SUMMARY).execute(Tuple.of(productId, ReviewSummary.NEWEST_LIMIT)).map(rows -> {
      if (rows.size() == 0) {
        return ReviewSummary.EMPTY;
      }
      Rating rating = null;
      List<Review> newest = new ArrayList<>(rows.size());
      for (Row row : rows) {
        rating = new Rating(row.getInteger("review_count"), row.getLong("rating_sum"));
        if (row.getUUID("id") != null) {
          newest.add(review(productId, row));
        }
      }
      return new ReviewSummary(rating, newest);
    });
  }

  private static PostingFacts facts(Row row) {
    return new PostingFacts(true, row.getBoolean("discontinued"), row.getString("user_name"),
        row.getBoolean("purchased"));
  }

  private static Future<Void> addToTotals(SqlConnection tx, Review review) {
    return tx.preparedQuery(ADD_TO_TOTALS).execute(Tuple.of(review.productId(), review.rating())).mapEmpty();
  }

  private Future<Void> publish(SqlConnection tx, ReviewPosted event, String traceparent) {
    return outbox.append(tx, event.type(), event.key(), event.toJson(), traceparent).mapEmpty();
  }

  private static Tuple row(Review review) {
    return Tuple.tuple().addUUID(review.id()).addUUID(review.productId()).addUUID(review.userId())
        .addString(review.author()).addShort((short) review.rating()).addString(review.text())
        .addBoolean(review.verifiedPurchase())
        .addOffsetDateTime(OffsetDateTime.ofInstant(review.createdAt(), ZoneOffset.UTC));
  }

  private static Review review(UUID productId, Row row) {
    return new Review(row.getUUID("id"), productId, row.getUUID("user_id"),
        Author.shown(row.getString("author"), row.getString("user_name")), row.getShort("rating"),
        row.getString("text"), row.getBoolean("verified_purchase"),
        row.getOffsetDateTime("created_at").toInstant());
  }

  private static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MICROS);
  }
}
