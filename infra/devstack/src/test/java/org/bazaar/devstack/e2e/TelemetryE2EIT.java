package org.bazaar.devstack.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.vertx.core.json.JsonObject;
import org.bazaar.events.EventTypes;
import org.bazaar.events.Topics;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("One checkout through the edge is one trace: edge, orders, its relay, inventory, payments, orders again")
class TelemetryE2EIT {

  private static final AttributeKey<String> SERVICE = AttributeKey.stringKey("service.name");
  private static final AttributeKey<String> EVENT_TYPE = AttributeKey.stringKey("cloudevents.event_type");
  private static final AttributeKey<String> HTTP_METHOD = AttributeKey.stringKey("http.request.method");

  private static Api api;
  private static String admin;
  private static SpanCapture capture;

  @BeforeAll
  static void shop() {
    api = Shop.api();
    admin = api.admin();
    capture = Shop.spans();
  }

  @AfterAll
  static void forget() {
    capture.stop();
  }

  @Test
  void aConfirmedCheckout_isOneConnectedTraceAcrossHttpAndKafka() {
    JsonObject product = api.stockedProduct(admin, 1250, 5);
    String customer = api.newCustomer();
    String traceId = UUID.randomUUID().toString().replace("-", "");
    String callerSpan = traceId.substring(0, 16);
    capture.start();

    String orderId = placeOrder(customer, product.getString("id"), "00-" + traceId + "-" + callerSpan + "-01");
    assertThat(api.awaitSettled(customer, orderId).getString("status")).isEqualTo("CONFIRMED");

    await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
      Trace trace = Trace.of(capture.spans(), traceId);

      SpanData inventoryPlaced = trace.consumer("inventory", EventTypes.ORDER_PLACED_V1);
      SpanData ordersRelay = trace.producerOf(inventoryPlaced, "orders", EventTypes.ORDER_PLACED_V1);
      SpanData ordersHttp = trace.parent(ordersRelay);
      assertThat(ordersHttp.getKind()).isEqualTo(SpanKind.SERVER);
      assertThat(trace.service(ordersHttp)).isEqualTo("orders");
      assertThat(trace.service(trace.parent(ordersHttp))).isEqualTo("edge");
      assertThat(trace.ancestors(ordersHttp)).as("the edge's span of the caller's request")
          .anySatisfy(edge -> {
            assertThat(trace.service(edge)).isEqualTo("edge");
            assertThat(edge.getKind()).isEqualTo(SpanKind.SERVER);
            assertThat(edge.getParentSpanId()).isEqualTo(callerSpan);
          });
      assertThat(trace.spans()).as("the edge's call to orders")
          .anySatisfy(call -> {
            assertThat(trace.service(call)).isEqualTo("edge");
            assertThat(call.getKind()).isEqualTo(SpanKind.CLIENT);
            assertThat(call.getAttributes().get(HTTP_METHOD)).isEqualTo("POST");
            assertThat(trace.parent(call).getKind()).isEqualTo(SpanKind.SERVER);
          });

      SpanData ordersReserved = trace.consumer("orders", EventTypes.STOCK_RESERVED_V1);
      assertThat(trace.parent(trace.producerOf(ordersReserved, "inventory", EventTypes.STOCK_RESERVED_V1)))
          .isEqualTo(inventoryPlaced);

      SpanData paymentsRequested = trace.consumer("payments", EventTypes.PAYMENT_REQUESTED_V1);
      assertThat(trace.parent(trace.producerOf(paymentsRequested, "orders", EventTypes.PAYMENT_REQUESTED_V1)))
          .isEqualTo(ordersReserved);
      assertThat(trace.spans()).as("the payment provider call, inside the payments consumer span")
          .anySatisfy(call -> {
            assertThat(trace.service(call)).isEqualTo("payments");
            assertThat(call.getKind()).isEqualTo(SpanKind.CLIENT);
            assertThat(call.getAttributes().get(HTTP_METHOD)).isNotNull();
            assertThat(trace.ancestors(call)).contains(paymentsRequested);
          });

      SpanData ordersAuthorized = trace.consumer("orders", EventTypes.PAYMENT_AUTHORIZED_V1);
      assertThat(trace.parent(trace.producerOf(ordersAuthorized, "payments", EventTypes.PAYMENT_AUTHORIZED_V1)))
          .isEqualTo(paymentsRequested);

      assertThat(trace.services()).contains("edge", "orders", "inventory", "payments");
      assertThat(trace.spans()).as("every span's parent is in the same trace")
          .allSatisfy(span -> assertThat(span.getParentSpanId().equals(callerSpan) || trace.parent(span) != null)
              .as(span.toString()).isTrue());
    });
  }

  /** Places the order with the caller's traceparent, once the orders service knows the product. */
  private static String placeOrder(String customer, String productId, String traceparent) {
    java.util.concurrent.atomic.AtomicReference<Api.Reply> placed = new java.util.concurrent.atomic.AtomicReference<>();
    await().atMost(Duration.ofSeconds(30)).until(() -> {
      placed.set(api.call("POST", "/api/v1/orders", customer, Api.order(productId, 1, "tok_ok"),
          "Idempotency-Key", UUID.randomUUID().toString(), "traceparent", traceparent));
      return placed.get().status() != 422 || !placed.get().body().contains("unknown product");
    });
    return placed.get().expect(202).json().getString("id");
  }

  /** The finished spans of one trace, with their parent links. */
  private record Trace(List<SpanData> spans, Map<String, SpanData> byId) {

    static Trace of(List<SpanData> all, String traceId) {
      List<SpanData> spans = all.stream().filter(s -> s.getTraceId().equals(traceId)).toList();
      return new Trace(spans, spans.stream()
          .collect(Collectors.toMap(SpanData::getSpanId, Function.identity(), (a, b) -> a)));
    }

    String service(SpanData span) {
      return span == null ? null : span.getResource().getAttribute(SERVICE);
    }

    Set<String> services() {
      return spans.stream().map(this::service).collect(Collectors.toSet());
    }

    SpanData parent(SpanData span) {
      return byId.get(span.getParentSpanId());
    }

    List<SpanData> ancestors(SpanData span) {
      List<SpanData> chain = new java.util.ArrayList<>();
      for (SpanData p = parent(span); p != null && chain.size() < 100; p = parent(p)) {
        chain.add(p);
      }
      return chain;
    }

    SpanData one(String service, SpanKind kind, java.util.function.Predicate<SpanData> condition) {
      Optional<SpanData> found = spans.stream().filter(s -> service.equals(service(s)) && s.getKind() == kind)
          .filter(condition).findFirst();
      assertThat(found).as(kind + " span of " + service).isPresent();
      return found.get();
    }

    SpanData consumer(String service, String eventType) {
      return one(service, SpanKind.CONSUMER, s -> eventType.equals(s.getAttributes().get(EVENT_TYPE)));
    }

    /** The relay's PRODUCER span that published what {@code consumer} processed. */
    SpanData producerOf(SpanData consumer, String service, String eventType) {
      SpanData producer = parent(consumer);
      assertThat(producer).as("the publish span of " + eventType).isNotNull();
      assertThat(producer.getKind()).isEqualTo(SpanKind.PRODUCER);
      assertThat(service(producer)).isEqualTo(service);
      assertThat(producer.getName()).isEqualTo(Topics.forType(eventType) + " publish");
      return producer;
    }
  }
}
