package org.bazaar.loadgen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class OrderCpuTest {

  @Test
  void millisPerOrder_dividesEachGroupsSecondsByTheOrdersPlaced_inTheGroupsOrder() {
    OrderCpu cpu = new OrderCpu(20, 400, Map.of("shop", 10.0, "Postgres", 6.0));

    Map<String, Double> perOrder = cpu.millisPerOrder(List.of("Postgres", "shop", "not read"));

    assertThat(perOrder.keySet()).containsExactly("Postgres", "shop");
    assertThat(perOrder.get("shop")).isCloseTo(25.0, within(1e-9));
    assertThat(perOrder.get("Postgres")).isCloseTo(15.0, within(1e-9));
    assertThat(cpu.describe(List.of("shop"))).isEqualTo("CPU per order: shop 25.0 ms");
  }
}
