package org.bazaar.platform.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import org.bazaar.platform.validation.Fields;
import org.bazaar.platform.validation.InvalidInput;
import org.bazaar.platform.validation.Violation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(VertxExtension.class)
class ProblemsTest {

  private static final List<Violation> TWO_VIOLATIONS = List.of(new Violation("email", "is required"),
      new Violation("items[0].quantity", "must be between 1 and 99"));

  private ServedRouter server;

  @BeforeEach
  void serve(Vertx vertx, VertxTestContext context) {
    ServedRouter.serve(vertx, router -> {
      router.get("/thrown").handler(ctx -> {
        throw new InvalidInput(TWO_VIOLATIONS);
      });
      router.get("/failed").handler(ctx -> Future.failedFuture(new InvalidInput(TWO_VIOLATIONS))
          .onFailure(ctx::fail));
      router.post("/accounts").handler(ctx -> JsonBodies.send(ctx, 201, new JsonObject()
          .put("name", name(JsonBodies.object(ctx).getMap()))));
      router.get("/broken").handler(ctx -> {
        throw new IllegalStateException("a bug");
      });
    }).onComplete(context.succeeding(served -> {
      server = served;
      context.completeNow();
    }));
  }

  @Test
  void invalidInput_thrownInAHandler_isA400Problem_withOneErrorPerViolation(VertxTestContext context) {
    server.get("/thrown").send().onComplete(context.succeeding(response -> context.verify(() -> {
      assertThat(response.statusCode()).isEqualTo(400);
      assertThat(response.getHeader("Content-Type")).isEqualTo(Problems.CONTENT_TYPE);
      assertThat(response.bodyAsJsonObject()).isEqualTo(expected("/thrown"));
      context.completeNow();
    })));
  }

  @Test
  void invalidInput_passedToFail_isTheSameProblem(VertxTestContext context) {
    server.get("/failed").send().onComplete(context.succeeding(response -> context.verify(() -> {
      assertThat(response.statusCode()).isEqualTo(400);
      assertThat(response.bodyAsJsonObject()).isEqualTo(expected("/failed"));
      context.completeNow();
    })));
  }

  @Test
  void aBodyBreakingTheRules_getsItsViolations_andAValidOneIsAnswered(VertxTestContext context) {
    var checkpoint = context.checkpoint(2);
    server.post("/accounts").sendJsonObject(new JsonObject().put("name", 7))
        .onComplete(context.succeeding(response -> context.verify(() -> {
          assertThat(response.statusCode()).isEqualTo(400);
          assertThat(response.bodyAsJsonObject().getJsonArray("errors"))
              .isEqualTo(new JsonArray().add(new JsonObject().put("field", "name").put("message", "must be a string")));
          checkpoint.flag();
        })));
    server.post("/accounts").sendJsonObject(new JsonObject().put("name", "Ada"))
        .onComplete(context.succeeding(response -> context.verify(() -> {
          assertThat(response.statusCode()).isEqualTo(201);
          assertThat(response.bodyAsJsonObject()).isEqualTo(new JsonObject().put("name", "Ada"));
          checkpoint.flag();
        })));
  }

  @Test
  void otherExceptions_areStillA500Problem(VertxTestContext context) {
    server.get("/broken").send().onComplete(context.succeeding(response -> context.verify(() -> {
      assertThat(response.statusCode()).isEqualTo(500);
      assertThat(response.bodyAsJsonObject().getString("type")).isEqualTo(Problems.TYPE_BASE + "internal");
      assertThat(response.bodyAsJsonObject().containsKey("errors")).isFalse();
      context.completeNow();
    })));
  }

  private static String name(Map<String, Object> body) {
    List<Violation> violations = new ArrayList<>();
    String name = Fields.text("name", body.get("name"), violations);
    if (!violations.isEmpty()) {
      throw new InvalidInput(violations);
    }
    return name;
  }

  private static JsonObject expected(String path) {
    return new JsonObject()
        .put("type", Problems.TYPE_BASE + "validation")
        .put("title", "Invalid request")
        .put("status", 400)
        .put("detail", "The request has invalid fields.")
        .put("instance", path)
        .put("errors", new JsonArray()
            .add(new JsonObject().put("field", "email").put("message", "is required"))
            .add(new JsonObject().put("field", "items[0].quantity").put("message", "must be between 1 and 99")));
  }
}
