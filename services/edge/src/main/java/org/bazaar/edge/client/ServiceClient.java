package org.bazaar.edge.client;

import java.time.Duration;
import java.util.List;

import io.vertx.circuitbreaker.CircuitBreaker;
import io.vertx.circuitbreaker.OpenCircuitException;
import io.vertx.circuitbreaker.TimeoutException;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.ext.web.client.HttpRequest;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.core.buffer.Buffer;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.bazaar.edge.UpstreamStatus;
import org.bazaar.platform.discovery.Discovery;
import org.bazaar.platform.http.HttpProblem;

/**
 * Calls one service: finds its endpoint through discovery (cached, found again after a failed call), and
 * sends every call through that service's own circuit breaker and timeout. A service that is down, slow,
 * failing or behind an open breaker becomes a 502/503 problem, never a hang.
 */
public final class ServiceClient {

  private static final Logger LOG = LogManager.getLogger(ServiceClient.class);

  private final Vertx vertx;
  private final Discovery discovery;
  private final String service;
  private final CircuitBreaker breaker;
  private final long timeoutMs;
  private Future<WebClient> client;

  public ServiceClient(Vertx vertx, Discovery discovery, String service, CircuitBreaker breaker, Duration timeout) {
    this.vertx = vertx;
    this.discovery = discovery;
    this.service = service;
    this.breaker = breaker;
    this.timeoutMs = timeout.toMillis();
  }

  public String service() {
    return service;
  }

  /** Answers below 500 succeed (a 4xx is the service's verdict); everything else fails with an HttpProblem. */
  public Future<ServiceAnswer> send(ServiceRequest request) {
    return breaker.<ServiceAnswer>execute(() -> call(request, timeoutMs)).recover(this::toProblem);
  }

  /**
   * Like {@link #send(ServiceRequest)}, through the same breaker, but with a shorter deadline of its own
   * (the product page's optional parts); a late answer counts as a failure of the service.
   */
  public Future<ServiceAnswer> send(ServiceRequest request, Duration deadline) {
    long ms = deadline.toMillis();
    return breaker.<ServiceAnswer>execute(() -> {
      Promise<ServiceAnswer> answered = Promise.promise();
      long timer = vertx.setTimer(ms, id -> answered.tryFail(TimeoutException.INSTANCE));
      call(request, ms).onComplete(result -> {
        vertx.cancelTimer(timer);
        if (result.succeeded()) {
          answered.tryComplete(result.result());
        } else {
          answered.tryFail(result.cause());
        }
      });
      return answered.future();
    }).recover(this::toProblem);
  }

  /** A call without the breaker (readiness probes must not trip it), with its own timeout. */
  public Future<ServiceAnswer> probe(ServiceRequest request, Duration timeout) {
    return call(request, timeout.toMillis());
  }

  private Future<ServiceAnswer> call(ServiceRequest request, long timeout) {
    Future<WebClient> used = client();
    return used.compose(web -> {
      HttpRequest<Buffer> http = web.request(request.method(), request.path())
          .followRedirects(false).timeout(timeout).connectTimeout(timeout);
      http.headers().addAll(request.headers());
      return request.body() == null ? http.send() : http.sendBuffer(request.body());
    }).<ServiceAnswer>transform(result -> {
      if (result.failed()) {
        forget(used);
        return Future.failedFuture(result.cause());
      }
      HttpResponse<Buffer> response = result.result();
      if (UpstreamStatus.isServiceFailure(response.statusCode())) {
        return Future.failedFuture(new ServiceFailure(service, response.statusCode()));
      }
      return Future.succeededFuture(new ServiceAnswer(response.statusCode(), response.headers(), response.body()));
    });
  }

  private Future<WebClient> client() {
    if (client == null) {
      client = discovery.webClient(service);
    }
    return client;
  }

  /** Drops a client after a failed call so the next call looks the service up again; late calls may still finish. */
  private void forget(Future<WebClient> used) {
    if (client != used) {
      return;
    }
    client = null;
    used.onSuccess(web -> vertx.setTimer(timeoutMs + 1000, id -> discovery.release(web)));
  }

  private Future<ServiceAnswer> toProblem(Throwable failure) {
    if (failure instanceof ServiceFailure answered) {
      LOG.warn("{} failed: {}", service, answered.getMessage());
      int status = UpstreamStatus.toPublic(answered.status());
      return Future.failedFuture(status == 503 ? unavailable("is unavailable")
          : new HttpProblem(502, "bad-gateway", "Bad gateway", "A service failed to answer this request.", List.of()));
    }
    if (failure instanceof OpenCircuitException) {
      return Future.failedFuture(unavailable("is unavailable (circuit open)"));
    }
    if (failure instanceof TimeoutException) {
      LOG.warn("{} did not answer in time", service);
      return Future.failedFuture(unavailable("did not answer in time"));
    }
    LOG.warn("{} unreachable: {}", service, failure.toString());
    return Future.failedFuture(unavailable("is unreachable"));
  }

  private HttpProblem unavailable(String what) {
    return HttpProblem.unavailable("The " + service + " service " + what + "; try again shortly.");
  }
}
