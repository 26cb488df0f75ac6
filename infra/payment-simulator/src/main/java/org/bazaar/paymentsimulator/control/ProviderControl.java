package org.bazaar.paymentsimulator.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.vertx.core.json.JsonObject;
import org.bazaar.paymentsimulator.ChargeAttempt;
import org.bazaar.paymentsimulator.ChargeSummary;
import org.bazaar.paymentsimulator.FaultMode;

/**
 * A blocking client of a running simulator's {@code /admin} paths, for tests that switch the provider's fault
 * mode and check what it charged. Needs no Vert.x instance. Any answer but 200 fails with an
 * {@link IllegalStateException} carrying the body.
 */
public final class ProviderControl {

  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  private final String base;
  private final HttpClient http = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1).connectTimeout(TIMEOUT).build();

  /** {@code url} is the simulator's base, e.g. {@code http://127.0.0.1:8090}. */
  public ProviderControl(String url) {
    this.base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  /** The mode in force. */
  public FaultMode mode() {
    return FaultMode.fromJson(send(HttpRequest.newBuilder(uri("/admin/mode")).GET()));
  }

  /** Sets the mode for every charge from now on and returns it as the simulator applies it. */
  public FaultMode mode(FaultMode mode) {
    return FaultMode.fromJson(send(HttpRequest.newBuilder(uri("/admin/mode"))
        .header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(mode.toJson().encode()))));
  }

  /** Back to answering as each charge's token says. */
  public FaultMode healthy() {
    return mode(FaultMode.healthy());
  }

  /** Every charge is handled only after {@code delay}. */
  public FaultMode slow(Duration delay) {
    return mode(FaultMode.slow(delay));
  }

  /** Every charge gets 503 and charges nothing. */
  public FaultMode failing() {
    return mode(FaultMode.failing());
  }

  /** A share {@code rate} (0..1) of charges fails as {@code how} says. */
  public FaultMode failing(double rate, FaultMode.FailWith how) {
    return mode(FaultMode.failing(rate, how));
  }

  /** Every charge attempt answered so far, in the order they were answered. */
  public List<ChargeAttempt> charges() {
    return attempts("/admin/charges");
  }

  /** The charge attempts for one order (its id is the charge's reference and idempotency key). */
  public List<ChargeAttempt> charges(String orderId) {
    return attempts("/admin/charges?orderId=" + URLEncoder.encode(orderId, StandardCharsets.UTF_8));
  }

  /** Per order, attempts and successful charges. */
  public ChargeSummary summary() {
    return ChargeSummary.fromJson(send(HttpRequest.newBuilder(uri("/admin/charges/summary")).GET()));
  }

  /** Order id to the number of charges made for it; every order that had an attempt is present. */
  public Map<String, Integer> successfulChargesPerOrder() {
    Map<String, Integer> perOrder = new LinkedHashMap<>();
    summary().orders().forEach(o -> perOrder.put(o.orderId(), o.successfulCharges()));
    return perOrder;
  }

  private List<ChargeAttempt> attempts(String path) {
    return send(HttpRequest.newBuilder(uri(path)).GET()).getJsonArray("items").stream()
        .map(JsonObject.class::cast)
        .map(ChargeAttempt::fromJson)
        .toList();
  }

  private URI uri(String path) {
    return URI.create(base + path);
  }

  private JsonObject send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response = http.send(request.timeout(TIMEOUT).build(),
          HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException(response.request().method() + " " + response.request().uri()
            + " answered " + response.statusCode() + ": " + response.body());
      }
      return new JsonObject(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while calling the payment simulator", e);
    }
  }
}
