package org.bazaar.devstack.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import io.vertx.core.json.JsonObject;
import org.bazaar.paymentsimulator.ChargeAttempt;
import org.bazaar.paymentsimulator.FaultMode;
import org.bazaar.paymentsimulator.control.ProviderControl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A failing or slow payment provider cancels orders as PAYMENT_UNAVAILABLE, orders confirm once it"
    + " is healthy again, and no order is ever charged twice")
class ProviderFaultsE2EIT {

  /** Longer than the payments service's 1 s call timeout in {@link Shop#SETTINGS}. */
  private static final Duration SLOW = Duration.ofSeconds(3);

  private static Api api;
  private static String admin;
  private static ProviderControl provider;

  @BeforeAll
  static void shop() {
    api = Shop.api();
    admin = api.admin();
    provider = new ProviderControl(Shop.simulatorUrl());
  }

  @AfterEach
  void providerHealthy() {
    provider.healthy();
  }

  @Test
  void whileTheProviderFails_ordersAreCancelledPaymentUnavailable_andNothingIsCharged() {
    JsonObject product = api.stockedProduct(admin, 800, 4);
    String customer = api.newCustomer();

    provider.failing();
    String refused = place(customer, product);
    assertCancelledUnavailable(customer, refused);

    provider.failing(1, FaultMode.FailWith.RESET);
    String dropped = place(customer, product);
    assertCancelledUnavailable(customer, dropped);

    assertThat(provider.charges(refused)).isNotEmpty()
        .allSatisfy(a -> assertThat(a.status()).isEqualTo(503))
        .noneMatch(ChargeAttempt::charged);
    assertThat(provider.charges(dropped)).isNotEmpty()
        .allSatisfy(a -> assertThat(a.code()).isEqualTo(ChargeAttempt.CONNECTION_RESET))
        .noneMatch(ChargeAttempt::charged);
    assertThat(provider.summary().chargedMoreThanOnce()).isEmpty();
  }

  @Test
  void aProviderSlowerThanThePaymentTimeout_cancelsPaymentUnavailable_andItsLateChargeIsMadeOnlyOnce() {
    JsonObject product = api.stockedProduct(admin, 900, 2);
    String customer = api.newCustomer();

    provider.slow(SLOW);
    String order = place(customer, product);
    assertCancelledUnavailable(customer, order);
    provider.healthy();

    // Every call payments made is still handled after the delay, as a real provider would: the first makes the
    // charge (the unknown outcome of ADR 0005), every retry of the same key gets it replayed.
    await().atMost(Duration.ofSeconds(30)).until(() -> charges(order) == 1);
    await().during(SLOW.plusSeconds(1)).atMost(SLOW.plusSeconds(10)).until(() -> charges(order) == 1);
    List<ChargeAttempt> attempts = provider.charges(order);
    assertThat(attempts).allSatisfy(a -> assertThat(a.mode()).isEqualTo("slow"));
    assertThat(attempts).filteredOn(a -> !a.charged()).allSatisfy(a -> assertThat(a.replayed()).isTrue());
    assertThat(provider.summary().chargedMoreThanOnce()).isEmpty();
  }

  @Test
  void onceTheProviderIsHealthyAgain_newOrdersConfirm_andEachIsChargedOnce() {
    JsonObject product = api.stockedProduct(admin, 1000, 5);
    String customer = api.newCustomer();

    provider.failing();
    assertCancelledUnavailable(customer, place(customer, product));

    assertThat(provider.healthy().kind()).isEqualTo(FaultMode.Kind.HEALTHY);
    List<String> orders = List.of(place(customer, product), place(customer, product), place(customer, product));

    for (String order : orders) {
      assertThat(api.awaitSettled(customer, order).getString("status")).isEqualTo("CONFIRMED");
      assertThat(charges(order)).isEqualTo(1);
    }
    assertThat(provider.successfulChargesPerOrder()).containsKeys(orders.toArray(String[]::new))
        .allSatisfy((order, charges) -> assertThat(charges).as("charges of order %s", order).isLessThanOrEqualTo(1));
  }

  private static String place(String customer, JsonObject product) {
    return api.placeOrder(customer, Api.order(product.getString("id"), 1, "tok_ok"), UUID.randomUUID().toString())
        .expect(202).json().getString("id");
  }

  private static void assertCancelledUnavailable(String customer, String id) {
    JsonObject order = api.awaitSettled(customer, id);
    assertThat(order.getString("status")).isEqualTo("CANCELLED");
    assertThat(order.getString("reason")).isEqualTo("PAYMENT_UNAVAILABLE");
  }

  private static long charges(String order) {
    return provider.charges(order).stream().filter(ChargeAttempt::charged).count();
  }
}
