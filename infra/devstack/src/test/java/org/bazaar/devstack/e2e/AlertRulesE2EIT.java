package org.bazaar.devstack.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.vertx.core.json.JsonObject;
import org.awaitility.core.ConditionTimeoutException;
import org.bazaar.observability.AgreedMetrics;
import org.bazaar.observability.ObservabilityFiles;
import org.bazaar.observability.PromQl;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("After a checkout, every metric the alert rules and dashboards name is served by a running service")
class AlertRulesE2EIT {

  /** Every service of the devstack and its port before the test offset. */
  private static final Map<String, Integer> SERVICES = Map.of("edge", 8080, "identity", 8081, "catalog", 8082,
      "inventory", 8083, "cart", 8084, "orders", 8085, "payments", 8086, "notifications", 8087, "reviews", 8088,
      "recommendations", 8089);
  private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).build();
  private static final Pattern LABEL = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)=\"(?:\\\\.|[^\"\\\\])*\"");

  @Test
  void everyNamedMetric_isOnSomeServicesMetricsEndpoint_withTheLabelsTheQueriesMatchOn() {
    Api api = Shop.api();
    String admin = api.admin();
    JsonObject product = api.stockedProduct(admin, 1500, 3);
    String customer = api.newCustomer();
    String id = api.placeOrder(customer, Api.order(product.getString("id"), 1, "tok_ok"), UUID.randomUUID().toString())
        .expect(202).json().getString("id");
    assertThat(api.awaitSettled(customer, id).getString("status")).isEqualTo("CONFIRMED");

    Map<String, String> queries = ObservabilityFiles.locate().queries();
    assertThat(queries).isNotEmpty();
    // some meters appear only once their first value is recorded (lag is polled, the saga timer stops at the end)
    AtomicReference<Set<String>> problems = new AtomicReference<>(Set.of("not scraped yet"));
    try {
      await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() -> {
        problems.set(problems(queries, servedSeries()));
        return problems.get().isEmpty();
      });
    } catch (ConditionTimeoutException e) {
      // reported below, with the names
    }
    assertThat(problems.get()).as("what alert rules or dashboards query that no running service serves").isEmpty();
  }

  /**
   * Each series a query names that no service serves, and each label its matchers name that the series lacks. A
   * histogram is required by its {@code _bucket} series too, since percentiles are computed from it. Series and
   * labels that Prometheus adds itself (up, namespace, instance...) are left out.
   */
  private static Set<String> problems(Map<String, String> queries, Map<String, Set<String>> served) {
    Set<String> problems = new TreeSet<>();
    queries.forEach((where, query) -> {
      for (PromQl.Selector selector : PromQl.selectors(query)) {
        String series = selector.metric();
        if (!AgreedMetrics.isServedByServices(series)) {
          continue;
        }
        AgreedMetrics.meterOf(series)
            .filter(meter -> AgreedMetrics.METERS.get(meter) == AgreedMetrics.Kind.HISTOGRAM)
            .filter(meter -> !served.containsKey(meter + "_bucket"))
            .ifPresent(meter -> problems.add(meter + "_bucket is not served (" + where + ")"));
        if (!served.containsKey(series)) {
          problems.add(series + " is not served (" + where + ")");
          continue;
        }
        selector.labels().stream()
            .filter(label -> !AgreedMetrics.TARGET_LABELS.contains(label) && !served.get(series).contains(label))
            .forEach(label -> problems.add(series + " has no label " + label + " (" + where + ")"));
      }
    });
    return problems;
  }

  /** Every series name on every service's /metrics, with the label names it is served with. */
  private static Map<String, Set<String>> servedSeries() throws IOException, InterruptedException {
    Map<String, Set<String>> series = new HashMap<>();
    for (Map.Entry<String, Integer> service : SERVICES.entrySet()) {
      int port = Shop.devstack().settings().port(service.getValue());
      HttpResponse<String> scrape = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics"))
          .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(scrape.statusCode()).as(service.getKey() + " /metrics").isEqualTo(200);
      scrape.body().lines().filter(line -> !line.isBlank() && !line.startsWith("#")).forEach(line -> {
        String[] nameAndRest = line.split("[{ ]", 2);
        Set<String> labels = series.computeIfAbsent(nameAndRest[0], n -> new HashSet<>());
        int open = line.indexOf('{');
        if (open == nameAndRest[0].length()) {
          Matcher label = LABEL.matcher(line.substring(open));
          while (label.find()) {
            labels.add(label.group(1));
          }
        }
      });
    }
    return series;
  }
}
