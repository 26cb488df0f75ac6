package org.bazaar.loadgen.devstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** Polls a URL every 50 ms until it answers 200; used for the time from start to ready. */
public final class ReadyProbe {

  private ReadyProbe() {
  }

  /** Waits for 200 from {@code url}; the time since {@code startedNanos} when it came. */
  public static Duration await(String url, long startedNanos, Duration deadline, BooleanSupplier stillRunning) {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(1))
        .build();
    HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(2)).build();
    long until = startedNanos + deadline.toNanos();
    while (System.nanoTime() < until) {
      if (!stillRunning.getAsBoolean()) {
        throw new IllegalStateException(url + ": the process exited before it was ready");
      }
      try {
        if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return Duration.ofNanos(System.nanoTime() - startedNanos);
        }
      } catch (IOException e) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      try {
        TimeUnit.MILLISECONDS.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new IllegalStateException(url + " was not ready within " + deadline);
  }
}
