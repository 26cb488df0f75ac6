package org.bazaar.edge;

import static io.vertx.core.http.HttpMethod.GET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.bazaar.edge.EdgeHarness.assertProblem;

import java.util.UUID;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The admin's order timeline reaches orders with the admin's identity, and nobody else's request gets there. */
class OrderTimelineRouteIT {

  private static final String ORDER = UUID.randomUUID().toString();
  private static final String PUBLIC_PATH = "/api/v1/admin/orders/" + ORDER + "/timeline";
  private static final String INTERNAL_PATH = "/admin/orders/" + ORDER + "/timeline";
  private static EdgeHarness edge;
  private static String adminId;

  @BeforeAll
  static void start() {
    edge = EdgeHarness.start();
    adminId = UUID.randomUUID().toString();
  }

  @AfterAll
  static void stop() {
    edge.close();
  }

  @Test
  void anAdmin_getsTheTimelineFromOrders() {
    JsonObject timeline = new JsonObject().put("orderId", ORDER).put("events", new JsonArray().add(new JsonObject()
        .put("id", UUID.randomUUID().toString()).put("type", "org.bazaar.order.placed.v1")
        .put("time", "2026-01-01T00:00:00Z").put("source", "/bazaar/orders").put("traceId", null)));
    edge.service("orders").answer(GET, INTERNAL_PATH, 200, timeline);

    HttpResponse<Buffer> response = edge.send(GET, PUBLIC_PATH, edge.token(adminId, "admin", "customer"), null);

    assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(200);
    assertThat(response.bodyAsJsonObject()).isEqualTo(timeline);
    StandIn.Received received = edge.service("orders").last(GET, INTERNAL_PATH);
    assertThat(received.headers().get("X-Bazaar-User-Id")).isEqualTo(adminId);
    assertThat(received.headers().get("X-Bazaar-User-Roles")).contains("admin");
  }

  @Test
  void anUnknownOrder_isNotFound_atThePublicPath() {
    String unknown = UUID.randomUUID().toString();
    edge.service("orders").answer(GET, "/admin/orders/" + unknown + "/timeline", 404, new JsonObject()
        .put("type", "https://bazaar.local/problems/not-found").put("title", "Not Found").put("status", 404)
        .put("detail", "No order " + unknown + ".").put("instance", "/admin/orders/" + unknown + "/timeline"));

    assertProblem(edge.send(GET, "/api/v1/admin/orders/" + unknown + "/timeline", edge.token(adminId, "admin"), null),
        404, "/api/v1/admin/orders/" + unknown + "/timeline");
  }

  @Test
  void aCustomer_isForbidden_andNoToken_isUnauthorized_withoutCallingOrders() {
    String other = UUID.randomUUID().toString();
    String path = "/api/v1/admin/orders/" + other + "/timeline";

    assertProblem(edge.send(GET, path, edge.token(UUID.randomUUID().toString(), "customer"), null), 403, path);
    assertProblem(edge.send(GET, path, null, null), 401, path);
    assertThat(edge.service("orders").received()).noneMatch(r -> r.uri().contains(other));
  }
}
