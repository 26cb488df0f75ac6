package org.bazaar.inventory;

import java.util.List;

/** At least one line does not fit, so nothing is reserved; {@code shortages} name every SKU that is short. */
public record RejectAll(List<Line> lines, RejectionCause cause, List<Shortage> shortages)
    implements ReservationDecision {

  public RejectAll {
    lines = List.copyOf(lines);
    shortages = List.copyOf(shortages);
  }
}
