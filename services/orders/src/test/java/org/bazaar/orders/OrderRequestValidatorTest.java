package org.bazaar.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bazaar.platform.validation.InvalidInput;
import org.bazaar.platform.validation.Violation;
import org.junit.jupiter.api.Test;

class OrderRequestValidatorTest {

  private final String product = UUID.randomUUID().toString();

  @Test
  void aValidRequest_isRead() {
    OrderRequest request = OrderRequestValidator.validate(body(List.of(item(product, 2)), "tok_ok"));

    assertThat(request.items()).containsExactly(new RequestedItem(UUID.fromString(product), 2));
    assertThat(request.paymentToken()).isEqualTo("tok_ok");
  }

  @Test
  void unknownFields_areIgnored_andAnEmptyItemListIsLeftForPricing() {
    Map<String, Object> body = body(List.of(), "tok_ok");
    body.put("roles", "admin");
    assertThat(OrderRequestValidator.validate(body).items()).isEmpty();
  }

  @Test
  void missingFields_areEachReported() {
    assertThat(fields(new HashMap<>())).containsExactly("items", "paymentToken");
  }

  @Test
  void itemsMustBeAnArrayOfAtMostFiftyObjects() {
    assertThat(fields(body("nope", "tok"))).containsExactly("items");
    List<Object> many = new ArrayList<>();
    for (int i = 0; i < 51; i++) {
      many.add(item(UUID.randomUUID().toString(), 1));
    }
    assertThat(fields(body(many, "tok"))).containsExactly("items");
    assertThat(fields(body(List.of("x"), "tok"))).containsExactly("items[0]");
  }

  @Test
  void fiftyItems_areAllowed() {
    List<Object> fifty = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      fifty.add(item(UUID.randomUUID().toString(), 99));
    }
    assertThat(OrderRequestValidator.validate(body(fifty, "tok")).items()).hasSize(50);
  }

  @Test
  void productIdsMustBeUuids() {
    assertThat(fields(body(List.of(item("abc", 1)), "tok"))).containsExactly("items[0].productId");
    assertThat(fields(body(List.of(item(42, 1)), "tok"))).containsExactly("items[0].productId");
    assertThat(fields(body(List.of(item("1-1-1-1-1", 1)), "tok"))).containsExactly("items[0].productId");
    assertThat(fields(body(List.of(Map.of("quantity", 1)), "tok"))).containsExactly("items[0].productId");
  }

  @Test
  void quantitiesMustBeWholeNumbersFrom1To99() {
    for (Object bad : List.of(0, 100, -1, 1.5, "2", 2.0, new BigInteger("99999999999999999999"))) {
      assertThat(fields(body(List.of(item(product, bad)), "tok"))).as("%s", bad)
          .containsExactly("items[0].quantity");
    }
    assertThat(OrderRequestValidator.validate(body(List.of(item(product, 99L)), "tok")).items().get(0).quantity())
        .isEqualTo(99);
  }

  @Test
  void aProductTwice_isReported() {
    assertThat(fields(body(List.of(item(product, 1), item(product, 2)), "tok"))).containsExactly("items[1].productId");
  }

  @Test
  void paymentTokensAreTextsOf1To200Characters() {
    assertThat(fields(body(List.of(item(product, 1)), ""))).containsExactly("paymentToken");
    assertThat(fields(body(List.of(item(product, 1)), "x".repeat(201)))).containsExactly("paymentToken");
    assertThat(fields(body(List.of(item(product, 1)), 7))).containsExactly("paymentToken");
    assertThat(fields(body(List.of(item(product, 1)), "tok\u0000ok"))).containsExactly("paymentToken");
    assertThat(OrderRequestValidator.validate(body(List.of(item(product, 1)), "x".repeat(200))).paymentToken())
        .hasSize(200);
  }

  @Test
  void fromCart_isAnOptionalBoolean_falseWhenAbsent() {
    assertThat(OrderRequestValidator.validate(body(List.of(item(product, 1)), "tok")).fromCart()).isFalse();
    Map<String, Object> fromCart = body(List.of(item(product, 1)), "tok");
    fromCart.put("fromCart", true);
    assertThat(OrderRequestValidator.validate(fromCart).fromCart()).isTrue();
    fromCart.put("fromCart", false);
    assertThat(OrderRequestValidator.validate(fromCart).fromCart()).isFalse();
    fromCart.put("fromCart", null);
    assertThat(OrderRequestValidator.validate(fromCart).fromCart()).isFalse();
    for (Object bad : List.of("true", 1, List.of(true))) {
      fromCart.put("fromCart", bad);
      assertThat(fields(fromCart)).as("%s", bad).containsExactly("fromCart");
    }
  }

  @Test
  void everyInvalidField_isReportedAtOnce() {
    assertThat(fields(body(List.of(item("bad", 0), item(product, 1)), null)))
        .containsExactly("items[0].productId", "items[0].quantity", "paymentToken");
  }

  private static List<String> fields(Map<String, Object> body) {
    InvalidInput e = catchThrowableOfType(() -> OrderRequestValidator.validate(body), InvalidInput.class);
    assertThat(e).as("expected the request to be invalid").isNotNull();
    return e.violations().stream().map(Violation::field).toList();
  }

  private static Map<String, Object> body(Object items, Object token) {
    Map<String, Object> body = new HashMap<>();
    body.put("items", items);
    body.put("paymentToken", token);
    return body;
  }

  private static Map<String, Object> item(Object productId, Object quantity) {
    Map<String, Object> item = new HashMap<>();
    item.put("productId", productId);
    item.put("quantity", quantity);
    return item;
  }
}
