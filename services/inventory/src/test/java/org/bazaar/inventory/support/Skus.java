package org.bazaar.inventory.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

/** Fresh SKUs for tests, created through product.created and stocked through the admin API. */
public final class Skus {

  private Skus() {
  }

  public static String fresh() {
    return "SKU-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
  }

  /** A new SKU known to inventory (via product.created) with {@code onHand} units, nothing reserved. */
  public static String stocked(InventoryService inventory, EventPublisher events, int onHand) {
    String sku = fresh();
    events.productCreated(sku);
    await().atMost(Duration.ofSeconds(60)).until(() -> inventory.stock(sku).isPresent());
    if (onHand > 0) {
      assertThat(inventory.adjust(sku, onHand, "delivery").statusCode()).isEqualTo(200);
    }
    return sku;
  }
}
