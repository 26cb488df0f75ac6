package org.bazaar.platform.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@ExtendWith(VertxExtension.class)
class JsonBodiesTest {

  private ServedRouter server;

  @BeforeEach
  void serve(Vertx vertx, VertxTestContext context) {
    ServedRouter.serve(vertx, router -> router.post("/echo")
            .handler(ctx -> JsonBodies.send(ctx, 201, JsonBodies.object(ctx).put("seen", true))))
        .onComplete(context.succeeding(served -> {
          server = served;
          context.completeNow();
        }));
  }

  @Test
  void aJsonObjectBody_isRead_andTheAnswerIsSentAsJson(VertxTestContext context) {
    server.post("/echo").sendBuffer(Buffer.buffer("{\"name\":\"Mug\"}"))
        .onComplete(context.succeeding(response -> context.verify(() -> {
          assertThat(response.statusCode()).isEqualTo(201);
          assertThat(response.getHeader("Content-Type")).isEqualTo("application/json");
          assertThat(response.bodyAsJsonObject()).isEqualTo(new JsonObject().put("name", "Mug").put("seen", true));
          context.completeNow();
        })));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "not json", "[1]", "null", "42", "\"text\""})
  void aBodyThatIsNotAJsonObject_isA400Problem(String body, VertxTestContext context) {
    server.post("/echo").sendBuffer(Buffer.buffer(body))
        .onComplete(context.succeeding(response -> context.verify(() -> {
          assertThat(response.statusCode()).as(body).isEqualTo(400);
          assertThat(response.getHeader("Content-Type")).isEqualTo(Problems.CONTENT_TYPE);
          assertThat(response.bodyAsJsonObject()).isEqualTo(new JsonObject()
              .put("type", Problems.TYPE_BASE + "validation")
              .put("title", "Invalid request")
              .put("status", 400)
              .put("detail", "The body must be a JSON object.")
              .put("instance", "/echo"));
          context.completeNow();
        })));
  }

  @Test
  void aRequestWithoutABody_isA400Problem(VertxTestContext context) {
    server.post("/echo").send()
        .onComplete(context.succeeding(response -> context.verify(() -> {
          assertThat(response.statusCode()).isEqualTo(400);
          assertThat(response.bodyAsJsonObject().getString("detail")).isEqualTo("The body must be a JSON object.");
          context.completeNow();
        })));
  }
}
