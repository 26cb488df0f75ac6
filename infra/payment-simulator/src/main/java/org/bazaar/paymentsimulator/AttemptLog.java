package org.bazaar.paymentsimulator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every charge attempt the simulator answered, in the order it answered them, for tests to check what the
 * provider saw (at most one charge per order). Reading never changes it. It lives in memory: a restart empties it.
 */
public final class AttemptLog {

  private final List<ChargeAttempt> attempts = new ArrayList<>();

  public synchronized void record(ChargeAttempt attempt) {
    attempts.add(attempt);
  }

  /** The attempts for one order id and one idempotency key; a null filter matches every attempt. */
  public synchronized List<ChargeAttempt> attempts(String orderId, String idempotencyKey) {
    return attempts.stream()
        .filter(a -> orderId == null || orderId.equals(a.orderId()))
        .filter(a -> idempotencyKey == null || idempotencyKey.equals(a.idempotencyKey()))
        .toList();
  }

  /** Attempts and successful charges per order (the charge request's reference), orders in first-seen order. */
  public synchronized ChargeSummary summary() {
    Map<String, int[]> perOrder = new LinkedHashMap<>();
    for (ChargeAttempt attempt : attempts) {
      int[] counts = perOrder.computeIfAbsent(attempt.orderId(), id -> new int[2]);
      counts[0]++;
      if (attempt.charged()) {
        counts[1]++;
      }
    }
    List<ChargeSummary.PerOrder> orders = new ArrayList<>();
    perOrder.forEach((id, counts) -> orders.add(new ChargeSummary.PerOrder(id, counts[0], counts[1])));
    return new ChargeSummary(orders);
  }
}
