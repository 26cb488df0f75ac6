package org.bazaar.devstack.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import io.vertx.core.json.JsonObject;
import org.bazaar.mailsink.ReceivedMail;
import org.junit.jupiter.api.Test;

class NotificationsE2EIT {

  private final Api api = Shop.api();

  @Test
  void welcome_confirmation_andCancellationMails_areDeliveredOnce_evenWhenEventsAreRedelivered() {
    String admin = api.admin();
    JsonObject product = api.stockedProduct(admin, 990, 5);
    String email = "mail-" + UUID.randomUUID() + "@example.com";
    api.call("POST", "/api/v1/accounts", null, new JsonObject().put("email", email).put("password", "long-enough")
        .put("name", "Grace")).expect(201);
    String customer = api.login(email, "long-enough");

    String confirmed = api.placeOrder(customer, Api.order(product.getString("id"), 1, "tok_ok"), key()).expect(202)
        .json().getString("id");
    String declined = api.placeOrder(customer, Api.order(product.getString("id"), 1, "tok_decline"), key())
        .expect(202).json().getString("id");
    api.awaitSettled(customer, confirmed);
    api.awaitSettled(customer, declined);

    await().atMost(Duration.ofSeconds(30)).until(() -> mailsTo(email).size() == 3);
    Replay.redeliver("order.events", confirmed, "org.bazaar.order.confirmed.v1");
    Replay.redeliver("user.events", idOf(customer), "org.bazaar.user.registered.v1");
    Consumers.awaitCaughtUp("notifications", "order.events");
    Consumers.awaitCaughtUp("notifications", "user.events");

    List<ReceivedMail> mails = mailsTo(email);
    assertThat(mails).hasSize(3);
    assertThat(mails).anySatisfy(m -> assertThat(m.subject()).containsIgnoringCase("welcome"));
    assertThat(mails).anySatisfy(m -> assertThat(m.text()).contains(confirmed));
    assertThat(mails).anySatisfy(m -> assertThat(m.text()).contains(declined).containsIgnoringCase("declined"));
  }

  private String idOf(String token) {
    return api.call("GET", "/api/v1/me", token, null).expect(200).json().getString("id");
  }

  private static List<ReceivedMail> mailsTo(String email) {
    return Shop.devstack().mailSink().messages().stream().filter(m -> m.to().contains(email)).toList();
  }

  private static String key() {
    return UUID.randomUUID().toString();
  }
}
