package org.bazaar.loadgen.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;

import org.junit.jupiter.api.Test;

class JitActivityTest {

  @Test
  void parse_readsTheCompileTimeCounter_andNothingElse() {
    String document = """
        # HELP jvm_compilation_time_ms_total The approximate accumulated elapsed time spent in compilation
        # TYPE jvm_compilation_time_ms_total counter
        jvm_compilation_time_ms_total{compiler="HotSpot 64-Bit Tiered Compilers",service="orders"} 12345.0
        jvm_gc_pause_seconds_count{service="orders"} 7.0
        """;

    assertThat(JitActivity.parse(document)).hasValue(12345.0);
    assertThat(JitActivity.parse("jvm_gc_pause_seconds_count 7.0\n")).isEmpty();
  }

  @Test
  void busiestShare_isTheBusiestJvmsCompileTimePerWallSecond() {
    JitActivity.Reading before = new JitActivity.Reading(0, Map.of("a", 1_000.0, "b", 5_000.0, "gone", 1.0));
    JitActivity.Reading after = new JitActivity.Reading(10_000_000_000L, Map.of("a", 4_000.0, "b", 5_500.0,
        "new", 9_000.0));

    assertThat(JitActivity.busiestShare(before, after)).isCloseTo(0.3, within(1e-9));
    assertThat(JitActivity.busiestShare(after, after)).isZero();
  }
}
