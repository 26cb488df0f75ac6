package org.bazaar.edge.http;

import java.nio.charset.StandardCharsets;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.openapi.contract.OpenAPIContract;
import io.vertx.openapi.impl.Utils;
import org.bazaar.edge.PublicPaths;

/**
 * The public OpenAPI document: served to clients as written (a relative server URL, so it works behind
 * any host), and loaded for routing with an absolute one, because vertx-openapi only accepts absolute URLs
 * and reads the base path from it.
 */
public record Contract(Buffer document, OpenAPIContract openApi) {

  public static final String PATH = "openapi/bazaar-v1.yaml";
  private static final String ROUTING_BASE = "http://edge.bazaar.internal" + PublicPaths.PREFIX;

  public static Future<Contract> load(Vertx vertx) {
    return vertx.fileSystem().readFile(PATH).compose(document ->
        Utils.yamlStringToJson(document.toString(StandardCharsets.UTF_8))
            .map(json -> json.put("servers", new JsonArray().add(new JsonObject().put("url", ROUTING_BASE))))
            .compose(json -> OpenAPIContract.from(vertx, json))
            .map(contract -> new Contract(document, contract)));
  }
}
