package org.bazaar.loadgen.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class CpuTimeTest {

  @Test
  void processTicks_addUserAndSystemTime_evenWhenTheCommandHoldsSpacesAndParentheses() {
    String stat = "4242 (vert.x (loop) 1) S 1 4242 4242 0 -1 4194560 9000 0 12 0 1500 230 7 3 20 0 31 0 123 0 0";
    assertThat(CpuTime.processTicks(stat)).isEqualTo(1500 + 230);
  }

  @Test
  void busyTicks_leaveIdleAndIowaitOut() {
    assertThat(CpuTime.busyTicks("cpu  100 5 40 9000 70 3 2 1 0 0")).isEqualTo(100 + 5 + 40 + 3 + 2 + 1);
  }

  @Test
  void between_givesWhatEachGroupUsed_andSkipsGroupsReadOnlyOnce() {
    Map<String, Double> used = CpuTime.between(Map.of("shop", 10.0, "Postgres", 4.0),
        Map.of("shop", 12.5, "Postgres", 4.0, "machine", 30.0));
    assertThat(used).containsOnly(Map.entry("shop", 2.5), Map.entry("Postgres", 0.0));
  }

  @Test
  void now_readsThisProcessAndTheMachine() {
    Map<String, Double> now = CpuTime.now(List.of(ProcessHandle.current().pid()));
    assertThat(now).containsKeys(CpuTime.SHOP, CpuTime.GENERATOR, CpuTime.MACHINE);
    assertThat(now.get(CpuTime.GENERATOR)).isPositive();
    assertThat(now.get(CpuTime.MACHINE)).isPositive();
  }
}
