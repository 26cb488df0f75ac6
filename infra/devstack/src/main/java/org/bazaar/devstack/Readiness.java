package org.bazaar.devstack;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.apache.kafka.clients.admin.Admin;

/** Waits, with a deadline, until a child process answers: HTTP readiness, a listening port, or a broker with topics. */
final class Readiness {

  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private static final Duration POLL = Duration.ofMillis(200);

  private Readiness() {
  }

  static void awaitHttp(ChildProcess child, String url, Duration timeout) {
    HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(3)).build();
    await(child, "to answer 200 on " + url, timeout, () -> {
      try {
        return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
      } catch (IOException e) {
        return false;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    });
  }

  static void awaitPort(ChildProcess child, int port, Duration timeout) {
    await(child, "to listen on port " + port, timeout, () -> {
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
        return true;
      } catch (IOException e) {
        return false;
      }
    });
  }

  static void awaitTopics(ChildProcess child, int port, List<String> topics, Duration timeout) {
    // an admin client started before the broker listens fills the console with connection warnings
    awaitPort(child, port, timeout);
    String bootstrapServers = "127.0.0.1:" + port;
    try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrapServers, "request.timeout.ms", "2000",
        "default.api.timeout.ms", "3000"))) {
      await(child, "to serve the topics on " + bootstrapServers, timeout, () -> {
        try {
          return admin.listTopics().names().get(3, TimeUnit.SECONDS).containsAll(topics);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return false;
        } catch (Exception e) {
          return false;
        }
      });
    }
  }

  private static void await(ChildProcess child, String what, Duration timeout, BooleanSupplier ready) {
    Instant deadline = Instant.now().plus(timeout);
    while (!ready.getAsBoolean()) {
      if (!child.alive()) {
        throw new IllegalStateException(child.name() + " exited before it was ready" + tail(child));
      }
      if (Instant.now().isAfter(deadline)) {
        throw new IllegalStateException(child.name() + " did not come up within " + timeout.toSeconds() + " s (waiting "
            + what + ")" + tail(child));
      }
      try {
        Thread.sleep(POLL.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for " + child.name(), e);
      }
    }
  }

  /** The end of the child's log, so a failed start says why without opening a file. */
  private static String tail(ChildProcess child) {
    try {
      List<String> lines = Files.readAllLines(child.logFile());
      return "; last lines of " + child.logFile() + ":\n  "
          + String.join("\n  ", lines.subList(Math.max(0, lines.size() - 10), lines.size()));
    } catch (IOException e) {
      return "; see " + child.logFile();
    }
  }
}
