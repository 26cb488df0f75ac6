package org.bazaar.platform.resilience;

import java.util.function.Function;
import java.util.function.Supplier;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.circuitbreaker.CircuitBreaker;
import io.vertx.circuitbreaker.CircuitBreakerState;
import io.vertx.circuitbreaker.FailurePolicy;
import io.vertx.circuitbreaker.OpenCircuitException;
import io.vertx.circuitbreaker.RetryPolicy;
import io.vertx.circuitbreaker.TimeoutException;
import io.vertx.core.AsyncResult;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Promise;

/**
 * A circuit breaker that counts every call through it by how it ended ({@code bazaar_breaker_calls_total}):
 * success, failure, timeout, or rejected because the circuit was open. One call is one {@code execute}, its
 * retries included. Everything else is the wrapped Vert.x breaker's.
 */
final class MeteredBreaker implements CircuitBreaker {

  private final CircuitBreaker breaker;
  private final Counter success;
  private final Counter failure;
  private final Counter timeout;
  private final Counter rejected;

  MeteredBreaker(CircuitBreaker breaker, MeterRegistry registry) {
    this.breaker = breaker;
    this.success = calls(registry, breaker.name(), "success");
    this.failure = calls(registry, breaker.name(), "failure");
    this.timeout = calls(registry, breaker.name(), "timeout");
    this.rejected = calls(registry, breaker.name(), "rejected");
  }

  private static Counter calls(MeterRegistry registry, String name, String outcome) {
    return Counter.builder("bazaar.breaker.calls").description("Calls through a circuit breaker, by outcome")
        .tag("breaker", name).tag("outcome", outcome).register(registry);
  }

  private void count(AsyncResult<?> result) {
    if (result.succeeded()) {
      success.increment();
    } else if (result.cause() instanceof OpenCircuitException) {
      rejected.increment();
    } else if (result.cause() instanceof TimeoutException) {
      timeout.increment();
    } else {
      failure.increment();
    }
  }

  @Override
  public <T> Future<T> execute(Supplier<Future<T>> command) {
    return breaker.execute(command).andThen(this::count);
  }

  @Override
  public <T> Future<T> execute(Handler<Promise<T>> command) {
    return breaker.execute(command).andThen(this::count);
  }

  @Override
  public <T> Future<T> executeWithFallback(Supplier<Future<T>> command, Function<Throwable, T> fallback) {
    return breaker.executeWithFallback(command, fallback).andThen(this::count);
  }

  @Override
  public <T> Future<T> executeWithFallback(Handler<Promise<T>> command, Function<Throwable, T> fallback) {
    return breaker.executeWithFallback(command, fallback).andThen(this::count);
  }

  @Override
  public <T> CircuitBreaker executeAndReport(Promise<T> resultPromise, Handler<Promise<T>> command) {
    resultPromise.future().onComplete(this::count);
    breaker.executeAndReport(resultPromise, command);
    return this;
  }

  @Override
  public <T> CircuitBreaker executeAndReportWithFallback(Promise<T> resultPromise, Handler<Promise<T>> command,
      Function<Throwable, T> fallback) {
    resultPromise.future().onComplete(this::count);
    breaker.executeAndReportWithFallback(resultPromise, command, fallback);
    return this;
  }

  @Override
  public CircuitBreaker close() {
    breaker.close();
    return this;
  }

  @Override
  public CircuitBreaker openHandler(Handler<Void> handler) {
    breaker.openHandler(handler);
    return this;
  }

  @Override
  public CircuitBreaker halfOpenHandler(Handler<Void> handler) {
    breaker.halfOpenHandler(handler);
    return this;
  }

  @Override
  public CircuitBreaker closeHandler(Handler<Void> handler) {
    breaker.closeHandler(handler);
    return this;
  }

  @Override
  public <T> CircuitBreaker fallback(Function<Throwable, T> handler) {
    breaker.fallback(handler);
    return this;
  }

  @Override
  public <T> CircuitBreaker failurePolicy(FailurePolicy<T> failurePolicy) {
    breaker.failurePolicy(failurePolicy);
    return this;
  }

  @Override
  public CircuitBreaker reset() {
    breaker.reset();
    return this;
  }

  @Override
  public CircuitBreaker open() {
    breaker.open();
    return this;
  }

  @Override
  public CircuitBreakerState state() {
    return breaker.state();
  }

  @Override
  public long failureCount() {
    return breaker.failureCount();
  }

  @Override
  public String name() {
    return breaker.name();
  }

  @Override
  public CircuitBreaker retryPolicy(RetryPolicy retryPolicy) {
    breaker.retryPolicy(retryPolicy);
    return this;
  }
}
