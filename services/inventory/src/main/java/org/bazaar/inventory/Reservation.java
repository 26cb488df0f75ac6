package org.bazaar.inventory;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** What inventory decided for one order, and the lines it concerns (merged, one per SKU). */
public record Reservation(UUID orderId, ReservationStatus status, List<Line> lines) {

  public Reservation {
    Objects.requireNonNull(orderId, "orderId");
    Objects.requireNonNull(status, "status");
    lines = List.copyOf(lines);
  }

  /** Whether this reservation still holds stock, so it can be committed or released. */
  public boolean isHeld() {
    return status == ReservationStatus.RESERVED;
  }
}
