package org.bazaar.notifications.mail;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.core.net.NetClient;
import io.vertx.core.net.NetClientOptions;
import io.vertx.ext.healthchecks.HealthChecks;
import io.vertx.ext.healthchecks.Status;
import org.bazaar.notifications.config.SmtpConfig;

/** A readiness check that the SMTP server accepts TCP connections (it sends no mail). */
public final class SmtpHealth {

  private static final long CHECK_TIMEOUT_MS = 2000;

  private final NetClient client;

  public SmtpHealth(Vertx vertx) {
    this.client = vertx.createNetClient(new NetClientOptions().setConnectTimeout(1500));
  }

  public void register(HealthChecks checks, SmtpConfig smtp) {
    checks.register("smtp", CHECK_TIMEOUT_MS, promise -> client.connect(smtp.port(), smtp.host())
        .onSuccess(socket -> {
          socket.close();
          promise.tryComplete(Status.OK());
        })
        .onFailure(e -> promise.tryComplete(Status.KO(new JsonObject().put("error", String.valueOf(e.getMessage()))))));
  }

  public Future<Void> close() {
    return client.close();
  }
}
