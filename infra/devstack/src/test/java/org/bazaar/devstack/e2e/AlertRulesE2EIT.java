package org.bazaar.devstack.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import io.vertx.core.json.JsonObject;
import org.awaitility.core.ConditionTimeoutException;
import org.bazaar.observability.AgreedMetrics;
import org.bazaar.observability.ObservabilityFiles;
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

  @Test
  void everyNamedMetric_isOnSomeServicesMetricsEndpoint() {
    Api api = Shop.api();
    String admin = api.admin();
    JsonObject product = api.stockedProduct(admin, 1500, 3);
    String customer = api.newCustomer();
    String id = api.placeOrder(customer, Api.order(product.getString("id"), 1, "tok_ok"), UUID.randomUUID().toString())
        .expect(202).json().getString("id");
    assertThat(api.awaitSettled(customer, id).getString("status")).isEqualTo("CONFIRMED");

    Map<String, List<String>> required = requiredSeries();
    assertThat(required).isNotEmpty();
    // some meters appear only once their first value is recorded (lag is polled, the saga timer stops at the end)
    AtomicReference<Map<String, List<String>>> missing = new AtomicReference<>(required);
    try {
      await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() -> {
        Map<String, List<String>> notServed = new TreeMap<>(required);
        notServed.keySet().removeAll(servedSeries());
        missing.set(notServed);
        return notServed.isEmpty();
      });
    } catch (ConditionTimeoutException e) {
      // reported below, with the names
    }
    assertThat(missing.get()).as("series named by alert rules or dashboards that no running service serves")
        .isEmpty();
  }

  /**
   * Every series the rules and dashboards name, with where each is named; a histogram is required by its
   * {@code _bucket} series too, since percentiles are computed from it. Series Prometheus adds itself are left out.
   */
  private static Map<String, List<String>> requiredSeries() {
    Map<String, List<String>> required = new TreeMap<>();
    ObservabilityFiles.locate().metricUses().forEach((series, uses) -> {
      if (!AgreedMetrics.isServedByServices(series)) {
        return;
      }
      required.put(series, uses);
      AgreedMetrics.meterOf(series)
          .filter(meter -> AgreedMetrics.METERS.get(meter) == AgreedMetrics.Kind.HISTOGRAM)
          .ifPresent(meter -> required.putIfAbsent(meter + "_bucket", uses));
    });
    return required;
  }

  /** The names of every series on every service's /metrics. */
  private static Set<String> servedSeries() throws IOException, InterruptedException {
    Set<String> names = new TreeSet<>();
    for (Map.Entry<String, Integer> service : SERVICES.entrySet()) {
      int port = Shop.devstack().settings().port(service.getValue());
      HttpResponse<String> scrape = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics"))
          .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(scrape.statusCode()).as(service.getKey() + " /metrics").isEqualTo(200);
      scrape.body().lines().filter(line -> !line.isBlank() && !line.startsWith("#"))
          .map(line -> line.split("[{ ]", 2)[0]).forEach(names::add);
    }
    return names;
  }
}
