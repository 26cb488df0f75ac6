package org.bazaar.loadgen;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BenchOptionsTest {

  @Test
  void theReproduceCommand_namesEveryOptionThatShapesTheRun() {
    assertThat(BenchOptions.parse(new String[0]).command()).isEqualTo("./bazaar bench");
    assertThat(BenchOptions.parse(new String[] {"--quick", "--processes", "--note", "n", "--out", "r.md"}).command())
        .isEqualTo("./bazaar bench --quick --processes");
    assertThat(BenchOptions.parse(new String[] {"--url", "http://shop:8080/"}).command())
        .isEqualTo("./bazaar bench --url http://shop:8080");
  }
}
