package org.bazaar.edge.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.openapi.contract.OpenAPIContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ValidateTest {

  private static Vertx vertx;
  private static OpenAPIContract contract;

  @BeforeAll
  static void load() {
    vertx = Vertx.vertx();
    contract = Contract.load(vertx).await().openApi();
  }

  @AfterAll
  static void close() {
    vertx.close().await();
  }

  @Test
  void aBodyMustComeAsTheMediaTypeTheOperationDeclares() {
    var placeOrder = contract.operation("placeOrder");
    assertThat(Validate.declares(placeOrder, "application/json")).isTrue();
    assertThat(Validate.declares(placeOrder, "Application/JSON; charset=utf-8")).isTrue();
    assertThat(Validate.declares(placeOrder, "application/jsonx")).isFalse();
    assertThat(Validate.declares(placeOrder, "application/json-patch+json")).isFalse();
    assertThat(Validate.declares(placeOrder, "text/plain")).isFalse();
  }

  @Test
  void anOperationWithoutABody_ignoresTheContentType() {
    assertThat(Validate.declares(contract.operation("listProducts"), "text/plain")).isTrue();
  }
}
