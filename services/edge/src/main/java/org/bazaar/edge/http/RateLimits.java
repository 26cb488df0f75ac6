package org.bazaar.edge.http;

import java.util.List;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;
import io.github.bucket4j.ConsumptionProbe;
import org.bazaar.edge.config.RateLimitConfig;
import org.bazaar.platform.http.HttpProblem;

/**
 * Rate limits per client with token buckets: per account for signed-in callers, per remote address
 * otherwise, and stricter ones per address for signing up and signing in. Over the limit is 429 with
 * {@code Retry-After} (whole seconds, rounded up). Idle buckets are swept on a timer.
 */
public final class RateLimits {

  private static final long SWEEP_MS = 30_000;

  private final Vertx vertx;
  private final ClientBuckets api;
  private final ClientBuckets auth;
  private final Counter apiLimited;
  private final Counter authLimited;
  private long sweeper = -1;

  public RateLimits(Vertx vertx, RateLimitConfig config, MeterRegistry registry) {
    this.vertx = vertx;
    this.api = new ClientBuckets(config.capacity(), config.refillPerSecond(), config.maxClients(), System::nanoTime);
    this.auth = new ClientBuckets(config.authCapacity(), config.authRefillPerSecond(), config.maxClients(),
        System::nanoTime);
    this.apiLimited = Counter.builder("bazaar.rate.limited").tag("limit", "api")
        .description("Requests answered 429").register(registry);
    this.authLimited = Counter.builder("bazaar.rate.limited").tag("limit", "auth")
        .description("Requests answered 429").register(registry);
  }

  public void start() {
    sweeper = vertx.setPeriodic(SWEEP_MS, id -> {
      api.evictIdle();
      auth.evictIdle();
    });
  }

  public void stop() {
    if (sweeper >= 0) {
      vertx.cancelTimer(sweeper);
    }
  }

  /** The limit of ordinary operations: per account when a valid token came with the request, else per address. */
  public Handler<RoutingContext> api() {
    return ctx -> {
      String subject = Authorize.subject(ctx) != null ? Authorize.subject(ctx) : ctx.get(Identify.CLIENT);
      check(ctx, api, apiLimited, subject != null ? "user:" + subject : "ip:" + address(ctx));
    };
  }

  /** The stricter limit of signing up and signing in, per address. */
  public Handler<RoutingContext> auth() {
    return ctx -> check(ctx, auth, authLimited, "ip:" + address(ctx));
  }

  private static void check(RoutingContext ctx, ClientBuckets buckets, Counter limited, String client) {
    ConsumptionProbe probe = buckets.consume(client);
    if (probe.isConsumed()) {
      ctx.next();
      return;
    }
    limited.increment();
    long seconds = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
    ctx.response().putHeader("Retry-After", Long.toString(seconds));
    ctx.fail(new HttpProblem(429, "too-many-requests", "Too many requests",
        "Too many requests from this client; try again in " + seconds + " s.", List.of()));
  }

  private static String address(RoutingContext ctx) {
    SocketAddress remote = ctx.request().remoteAddress();
    return remote == null || remote.host() == null ? "unknown" : remote.host();
  }
}
