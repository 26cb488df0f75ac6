package org.bazaar.loadgen.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class OutboxHistogramTest {

  private static String metrics(String service, long le5ms, long le10ms, long le50ms, long all) {
    String name = OutboxHistogram.METRIC + "_bucket{service=\"" + service + "\",";
    return "# TYPE " + OutboxHistogram.METRIC + " histogram\n"
        + name + "le=\"0.005\"} " + le5ms + "\n"
        + name + "le=\"0.01\"} " + le10ms + "\n"
        + name + "le=\"0.05\"} " + le50ms + "\n"
        + name + "le=\"+Inf\"} " + all + "\n"
        + OutboxHistogram.METRIC + "_count{service=\"" + service + "\"} " + all + "\n";
  }

  @Test
  void sumsTheServicesBucketsAndInterpolatesTheQuantileInsideItsBucket() {
    OutboxHistogram histogram = OutboxHistogram.parse(metrics("orders", 40, 80, 100, 100),
        metrics("payments", 40, 80, 100, 100));

    assertThat(histogram.count()).isEqualTo(200);
    assertThat(histogram.quantileMillis(0.5).getAsDouble()).isCloseTo(6.25, within(0.01));
    assertThat(histogram.quantileMillis(0.99).getAsDouble()).isCloseTo(48, within(0.01));
  }

  @Test
  void aSecondSnapshotLessTheFirstIsWhatHappenedInBetween() {
    OutboxHistogram before = OutboxHistogram.parse(metrics("orders", 10, 10, 10, 10));
    OutboxHistogram after = OutboxHistogram.parse(metrics("orders", 10, 110, 110, 110));

    OutboxHistogram between = after.since(before);

    assertThat(between.count()).isEqualTo(100);
    assertThat(between.quantileMillis(0.99).getAsDouble()).isCloseTo(9.95, within(0.01));
  }

  @Test
  void isEmptyWhenNoServiceExposesIt() {
    OutboxHistogram histogram = OutboxHistogram.parse("jvm_threads_live_threads 12\n");

    assertThat(histogram.exists()).isFalse();
    assertThat(histogram.quantileMillis(0.99)).isEmpty();
  }
}
