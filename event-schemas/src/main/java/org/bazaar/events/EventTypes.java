package org.bazaar.events;

import java.util.List;

/** The CloudEvents {@code type} of every Bazaar event: reverse-DNS, past tense, major version last. */
public final class EventTypes {

  public static final String PRODUCT_CREATED_V1 = "org.bazaar.product.created.v1";
  public static final String PRODUCT_UPDATED_V1 = "org.bazaar.product.updated.v1";
  public static final String PRODUCT_DISCONTINUED_V1 = "org.bazaar.product.discontinued.v1";

  public static final String STOCK_ADJUSTED_V1 = "org.bazaar.stock.adjusted.v1";
  public static final String STOCK_RESERVED_V1 = "org.bazaar.stock.reserved.v1";
  public static final String STOCK_REJECTED_V1 = "org.bazaar.stock.rejected.v1";
  public static final String STOCK_RELEASED_V1 = "org.bazaar.stock.released.v1";
  public static final String STOCK_COMMITTED_V1 = "org.bazaar.stock.committed.v1";

  public static final String ORDER_PLACED_V1 = "org.bazaar.order.placed.v1";
  public static final String ORDER_CONFIRMED_V1 = "org.bazaar.order.confirmed.v1";
  public static final String ORDER_CANCELLED_V1 = "org.bazaar.order.cancelled.v1";

  public static final String PAYMENT_REQUESTED_V1 = "org.bazaar.payment.requested.v1";
  public static final String PAYMENT_AUTHORIZED_V1 = "org.bazaar.payment.authorized.v1";
  public static final String PAYMENT_DECLINED_V1 = "org.bazaar.payment.declined.v1";

  public static final String USER_REGISTERED_V1 = "org.bazaar.user.registered.v1";

  public static final String REVIEW_POSTED_V1 = "org.bazaar.review.posted.v1";

  /** Published by the edge on {@code browsing.events}, not on {@code product.events} (see {@link Topics#forType}). */
  public static final String PRODUCT_VIEWED_V1 = "org.bazaar.product.viewed.v1";

  private static final List<String> ALL = List.of(
      PRODUCT_CREATED_V1, PRODUCT_UPDATED_V1, PRODUCT_DISCONTINUED_V1,
      STOCK_ADJUSTED_V1, STOCK_RESERVED_V1, STOCK_REJECTED_V1, STOCK_RELEASED_V1, STOCK_COMMITTED_V1,
      ORDER_PLACED_V1, ORDER_CONFIRMED_V1, ORDER_CANCELLED_V1,
      PAYMENT_REQUESTED_V1, PAYMENT_AUTHORIZED_V1, PAYMENT_DECLINED_V1,
      USER_REGISTERED_V1,
      REVIEW_POSTED_V1,
      PRODUCT_VIEWED_V1);

  private EventTypes() {
  }

  /** Every event type, in catalogue order. */
  public static List<String> all() {
    return ALL;
  }
}
