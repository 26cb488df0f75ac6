package org.bazaar.devstack.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

class AccountsE2EIT {

  private final Api api = Shop.api();

  @Test
  void aNewCustomer_registers_logsIn_andSeesThemselves() {
    String email = "me-" + UUID.randomUUID() + "@example.com";
    JsonObject account = api.call("POST", "/api/v1/accounts", null, new JsonObject().put("email", email)
        .put("password", "long-enough").put("name", "Me")).expect(201).json();
    assertThat(account.getJsonArray("roles")).isEqualTo(new JsonArray().add("customer"));

    JsonObject session = api.call("POST", "/api/v1/sessions", null, new JsonObject().put("email", email)
        .put("password", "long-enough")).expect(200).json();
    assertThat(session.getString("tokenType")).isEqualTo("Bearer");
    assertThat(session.getInteger("expiresIn")).isPositive();

    JsonObject me = api.call("GET", "/api/v1/me", session.getString("accessToken"), null).expect(200).json();
    assertThat(me.getString("id")).isEqualTo(account.getString("id"));
    assertThat(me.getString("email")).isEqualTo(email);
  }

  @Test
  void theAdminFromTheDevstackSettings_canLogIn_andHasTheAdminRole() {
    JsonObject me = api.call("GET", "/api/v1/me", api.admin(), null).expect(200).json();
    assertThat(me.getJsonArray("roles").getList()).contains("admin");
  }
}
