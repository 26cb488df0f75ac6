package org.bazaar.edge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class OrderWatchersTest {

  private static final class Recorder implements OrderWatcher {
    final List<OrderStatus> seen = new ArrayList<>();
    boolean shutdown;

    @Override
    public void changed(OrderStatus status) {
      seen.add(status);
    }

    @Override
    public void shutdown() {
      shutdown = true;
    }
  }

  private final OrderWatchers watchers = new OrderWatchers();

  @Test
  void everyWatcherOfAnOrder_hearsItsChanges_andNoOneElsesOrders() {
    Recorder first = new Recorder();
    Recorder second = new Recorder();
    Recorder other = new Recorder();
    watchers.watch("o-1", first);
    watchers.watch("o-1", second);
    watchers.watch("o-2", other);
    watchers.publish(new OrderStatus("o-1", "CONFIRMED", null, "2026-01-01T00:00:00Z"));
    assertThat(first.seen).extracting(OrderStatus::status).containsExactly("CONFIRMED");
    assertThat(second.seen).hasSize(1);
    assertThat(other.seen).isEmpty();
    assertThat(watchers.count()).isEqualTo(3);
  }

  @Test
  void cancelledWatches_hearNothing_andAreCountedOnce() {
    Recorder recorder = new Recorder();
    OrderWatchers.Watch watch = watchers.watch("o-1", recorder);
    watch.cancel();
    watch.cancel();
    watchers.publish(new OrderStatus("o-1", "CANCELLED", "OUT_OF_STOCK", "2026-01-01T00:00:00Z"));
    assertThat(recorder.seen).isEmpty();
    assertThat(watchers.count()).isZero();
  }

  @Test
  void shutdown_reachesEveryWatcher() {
    Recorder recorder = new Recorder();
    watchers.watch("o-9", recorder);
    watchers.shutdown();
    assertThat(recorder.shutdown).isTrue();
  }

  @Test
  void onlyChangedStatusesAreNews_andOnlyConfirmedOrCancelledAreTerminal() {
    OrderStatus pending = new OrderStatus("o", "PENDING", null, "t1");
    assertThat(pending.differsFrom(null)).isTrue();
    assertThat(new OrderStatus("o", "PENDING", null, "t2").differsFrom(pending)).isFalse();
    assertThat(new OrderStatus("o", "CANCELLED", "PAYMENT_DECLINED", "t3").differsFrom(pending)).isTrue();
    assertThat(pending.terminal()).isFalse();
    assertThat(new OrderStatus("o", "CONFIRMED", null, "t").terminal()).isTrue();
  }
}
