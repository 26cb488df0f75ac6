package org.bazaar.edge;

import java.util.Objects;

/** An order's status as a watcher sees it: {@code PENDING}, or the terminal {@code CONFIRMED} / {@code CANCELLED}. */
public record OrderStatus(String id, String status, String reason, String updatedAt) {

  public static final String PENDING = "PENDING";
  public static final String CONFIRMED = "CONFIRMED";
  public static final String CANCELLED = "CANCELLED";

  public OrderStatus {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(status, "status");
  }

  /** After a terminal status nothing changes any more. */
  public boolean terminal() {
    return CONFIRMED.equals(status) || CANCELLED.equals(status);
  }

  /** Whether this is news to a watcher that last saw {@code before} (null: nothing yet). */
  public boolean differsFrom(OrderStatus before) {
    return before == null || !status.equals(before.status) || !Objects.equals(reason, before.reason);
  }
}
