package org.bazaar.charttests;

import static org.assertj.core.api.Assertions.assertThat;

import org.bazaar.observability.PromQl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The tokenizer that finds the metric names of a PromQL expression, and only those. */
class PromQlTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiterString = "=>", value = {
      "up == 0                                                                           => up",
      "bazaar_outbox_pending > 100                                                       => bazaar_outbox_pending",
      "max by (service, breaker) (bazaar_breaker_state{service=~\"a|b\"}) == 2           => bazaar_breaker_state",
      "sum without (pod) (rate(x_total[5m] offset 1h)) / on (service) group_left (team) y => x_total y",
      "histogram_quantile(0.99, sum by (le) (rate(lat_seconds_bucket{route!~\".*/events\"}[$__rate_interval]))) => lat_seconds_bucket",
      "sum(rate(a_total{service=~\"$service\"}[${__rate_interval}])) and ignoring (code) b    => a_total b",
      "count(max by (service) (s) == 2) or vector(0)                                      => s",
      "label_replace(m, \"dst\", \"$1\", \"src\", \"(.*)\")                                => m",
      "rate(c_total[5m:30s]) > 1.5e+3 unless d offset -5m                                => c_total d",
      "{__name__=\"by_name_total\", job=\"x\"} > bool 0x1F                                => by_name_total",
      "SUM BY (service) (e) # comment naming not_a_metric                                 => e",
      "sum(increase(f_total[$__range])) * 100 > 5m                                        => f_total",
  })
  void findsTheMetricNames(String expression, String expected) {
    assertThat(PromQl.metricNames(expression)).containsExactly(expected.split(" "));
  }

  @Test
  void aSelector_carriesTheLabelNamesOfItsMatchers() {
    String expression = "sum by (route) (rate(r_total{service=~\"$service\", code=~\"5..\"}[5m])) / "
        + "sum(rate(r_total[5m])) + on (x) {__name__=\"n\", le!=\"a=b\"} + histogram_quantile(0.9, b_bucket{route!~\".*\"})";
    assertThat(PromQl.selectors(expression)).containsExactly(
        new PromQl.Selector("r_total", java.util.Set.of("service", "code")),
        new PromQl.Selector("r_total", java.util.Set.of()),
        new PromQl.Selector("n", java.util.Set.of("le")),
        new PromQl.Selector("b_bucket", java.util.Set.of("route")));
  }

  @Test
  void aMultiLineExpression_isReadAcrossLines() {
    String expression = """
        sum by (namespace, group) (
          max by (group, partition) (bazaar_consumer_lag)
        ) > 1000""";
    assertThat(PromQl.metricNames(expression)).containsExactly("bazaar_consumer_lag");
  }
}
