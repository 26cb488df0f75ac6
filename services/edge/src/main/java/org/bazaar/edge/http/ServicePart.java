package org.bazaar.edge.http;

import java.time.Duration;
import java.util.function.Function;

import io.vertx.core.Future;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import org.bazaar.edge.PublicPaths;
import org.bazaar.edge.client.ServiceClient;

/**
 * A {@link PagePart} read from one service call with its own deadline: the reviews summary (rating and the
 * newest reviews) or the "bought together" recommendations. Anything but a 200 with the expected shape
 * counts as missing.
 */
public final class ServicePart implements PagePart {

  private final String name;
  private final ServiceClient client;
  private final Duration deadline;
  private final Function<String, String> path;
  private final Function<JsonObject, JsonObject> fields;
  private final JsonObject empty;

  private ServicePart(String name, ServiceClient client, Duration deadline, Function<String, String> path,
      Function<JsonObject, JsonObject> fields, JsonObject empty) {
    this.name = name;
    this.client = client;
    this.deadline = deadline;
    this.path = path;
    this.fields = fields;
    this.empty = empty;
  }

  /** {@code rating} and {@code reviews} from the reviews service's summary. */
  public static ServicePart reviews(ServiceClient client, Duration deadline) {
    return new ServicePart("reviews", client, deadline, id -> "/products/" + id + "/reviews/summary",
        summary -> summary.getValue("rating") instanceof JsonObject rating
            && summary.getValue("reviews") instanceof JsonArray reviews
            ? new JsonObject().put("rating", rating).put("reviews", reviews) : null,
        new JsonObject().put("rating", new JsonObject().putNull("average").put("count", 0))
            .put("reviews", new JsonArray()));
  }

  /** {@code recommendations}: up to five products bought together with this one. */
  public static ServicePart recommendations(ServiceClient client, Duration deadline) {
    return new ServicePart("recommendations", client, deadline, id -> "/products/" + id + "/recommendations?limit=5",
        answer -> answer.getValue("items") instanceof JsonArray items
            ? new JsonObject().put("recommendations", items) : null,
        new JsonObject().put("recommendations", new JsonArray()));
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public JsonObject empty() {
    return empty.copy();
  }

  @Override
  public Future<JsonObject> fetch(RoutingContext ctx, String productId) {
    return client.send(Forward.request(ctx, HttpMethod.GET, path.apply(PublicPaths.segment(productId))), deadline)
        .compose(answer -> {
          JsonObject json = answer.status() == 200 ? answer.json() : null;
          JsonObject part = json == null ? null : fields.apply(json);
          return part == null ? Future.failedFuture(name + " answered " + answer.status()) : Future.succeededFuture(part);
        });
  }
}
