package org.bazaar.events;

import java.util.List;
import java.util.Map;

/** Kafka topic names: one topic per aggregate, plus one dead-letter topic per consumer group. */
public final class Topics {

  public static final String PRODUCT_EVENTS = "product.events";
  public static final String STOCK_EVENTS = "stock.events";
  public static final String ORDER_EVENTS = "order.events";
  public static final String PAYMENT_EVENTS = "payment.events";
  public static final String USER_EVENTS = "user.events";
  public static final String REVIEW_EVENTS = "review.events";
  /** Shopper activity (product views) published by the edge, best effort. */
  public static final String BROWSING_EVENTS = "browsing.events";

  private static final List<String> ALL =
      List.of(PRODUCT_EVENTS, STOCK_EVENTS, ORDER_EVENTS, PAYMENT_EVENTS, USER_EVENTS, REVIEW_EVENTS, BROWSING_EVENTS);

  /** The aggregate (second segment of the type) decides the topic. */
  private static final Map<String, String> BY_AGGREGATE = Map.of(
      "product", PRODUCT_EVENTS,
      "stock", STOCK_EVENTS,
      "order", ORDER_EVENTS,
      "payment", PAYMENT_EVENTS,
      "user", USER_EVENTS,
      "review", REVIEW_EVENTS);

  /**
   * Events that do not go to their aggregate's topic, by {@code <aggregate>.<event>} (every major version):
   * product views are shopper activity, high volume and best effort, and stay off {@code product.events}.
   */
  private static final Map<String, String> BY_EVENT = Map.of(
      "product.viewed", BROWSING_EVENTS);

  private Topics() {
  }

  /**
   * The topic an event type is published on: its aggregate's topic, except for the few events listed in
   * {@code BY_EVENT}; throws {@link IllegalArgumentException} for an unknown type.
   */
  public static String forType(String type) {
    if (!EventTypes.all().contains(type)) {
      throw new IllegalArgumentException("Unknown event type: " + type);
    }
    String[] parts = type.split("\\.");
    return BY_EVENT.getOrDefault(parts[2] + "." + parts[3], BY_AGGREGATE.get(parts[2]));
  }

  /** The dead-letter topic of a consumer group, {@code <group>.dlq}. */
  public static String deadLetter(String group) {
    if (group == null || group.isBlank()) {
      throw new IllegalArgumentException("A consumer group name is required");
    }
    return group + ".dlq";
  }

  /** Every event topic (dead-letter topics excluded). */
  public static List<String> all() {
    return ALL;
  }
}
