package org.bazaar.edge;

/** Someone following one order's status: told of each change, and told when the edge shuts down. */
public interface OrderWatcher {

  void changed(OrderStatus status);

  void shutdown();
}
