package org.bazaar.edge;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The in-process registry that fans one order-status feed out to every watcher of an order: the one
 * consumer of order events publishes here, and each live stream subscribes for the order it follows.
 */
public final class OrderWatchers {

  /** One subscription; cancelling it twice is harmless. */
  public interface Watch {
    void cancel();
  }

  private final Map<String, Set<OrderWatcher>> byOrder = new ConcurrentHashMap<>();
  private final AtomicInteger count = new AtomicInteger();

  public Watch watch(String orderId, OrderWatcher watcher) {
    byOrder.compute(orderId, (id, set) -> {
      Set<OrderWatcher> watchers = set == null ? ConcurrentHashMap.newKeySet() : set;
      watchers.add(watcher);
      return watchers;
    });
    count.incrementAndGet();
    AtomicBoolean cancelled = new AtomicBoolean();
    return () -> {
      if (cancelled.compareAndSet(false, true)) {
        byOrder.computeIfPresent(orderId, (id, set) -> {
          set.remove(watcher);
          return set.isEmpty() ? null : set;
        });
        count.decrementAndGet();
      }
    };
  }

  /** Tells every watcher of the order about its new status. */
  public void publish(OrderStatus status) {
    Set<OrderWatcher> watchers = byOrder.get(status.id());
    if (watchers != null) {
      List.copyOf(watchers).forEach(watcher -> watcher.changed(status));
    }
  }

  /** Tells every watcher that the edge is going away. */
  public void shutdown() {
    byOrder.values().stream().flatMap(Set::stream).toList().forEach(OrderWatcher::shutdown);
  }

  /** How many watches are open. */
  public int count() {
    return count.get();
  }
}
