package org.bazaar.loadgen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.bazaar.loadgen.devstack.CpuTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

  @Test
  void theReport_tellsWhereAnOrdersCpuGoes(@TempDir Path dir) throws Exception {
    Findings findings = new Findings();
    findings.orderCpu = new OrderCpu(16, 160, Map.of(CpuTime.SHOP, 9.2, CpuTime.POSTGRES, 3.776));
    BenchOptions options = new BenchOptions(BenchOptions.Profile.TINY, null, dir, dir.resolve("report.md"), null,
        "", "test", false, false);

    String markdown = Files.readString(new MarkdownReport(options, findings).write());

    assertThat(markdown).contains("### Where an order's CPU goes", "Checkout at 16/s", "160 orders it placed",
        "| " + CpuTime.SHOP + " | 57.5 ms |", "| Postgres | 23.6 ms |");
  }
}
