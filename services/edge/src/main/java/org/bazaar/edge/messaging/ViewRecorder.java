package org.bazaar.edge.messaging;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import org.bazaar.events.product.ProductViewed;
import org.bazaar.platform.messaging.BestEffortPublisher;

/**
 * Records that a signed-in shopper viewed a product page as {@code product.viewed.v1} (key: the user id),
 * best effort: the edge has no database for an outbox and a view is not a business fact, so a view may be
 * lost (queue full, Kafka down) but recording it never slows or fails the page.
 */
public final class ViewRecorder {

  private final BestEffortPublisher publisher;

  public ViewRecorder(Vertx vertx, String bootstrapServers, int queue, MeterRegistry registry) {
    this.publisher = new BestEffortPublisher(vertx, "views", "/bazaar/edge",
        Map.of("bootstrap.servers", bootstrapServers), queue, registry);
  }

  /** Queues the view; ids that are not UUIDs (no such user or product) are ignored. */
  public void viewed(String userId, String productId, String traceparent) {
    UUID user = uuid(userId);
    UUID product = uuid(productId);
    if (user == null || product == null) {
      return;
    }
    ProductViewed view = new ProductViewed(user, product, Instant.now());
    publisher.offer(view.type(), view.key(), view.toJson(), traceparent);
  }

  public Future<Void> close() {
    return publisher.close();
  }

  private static UUID uuid(String value) {
    try {
      return value == null ? null : UUID.fromString(value);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
