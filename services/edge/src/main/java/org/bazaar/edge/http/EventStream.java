package org.bazaar.edge.http;

import java.util.ArrayList;
import java.util.List;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;
import org.bazaar.edge.OrderStatus;
import org.bazaar.edge.OrderWatcher;

/**
 * One client's server-sent event stream of an order's status. Changes that arrive before the current status
 * was sent are kept and sent right after it; only real changes are sent; a terminal status ends the stream;
 * a comment line every heartbeat keeps proxies from closing an idle stream.
 */
final class EventStream implements OrderWatcher {

  private final Vertx vertx;
  private final HttpServerResponse response;
  private final long heartbeatMs;
  private final List<OrderStatus> early = new ArrayList<>();
  private Runnable onEnd = () -> { };
  private OrderStatus last;
  private boolean open;
  private boolean ended;
  private long heartbeat = -1;

  EventStream(Vertx vertx, HttpServerResponse response, long heartbeatMs) {
    this.vertx = vertx;
    this.response = response;
    this.heartbeatMs = heartbeatMs;
  }

  /** Starts the stream with the order's current status; {@code onEnd} runs once when the stream ends. */
  void open(OrderStatus current, Runnable onEnd) {
    this.onEnd = onEnd;
    if (ended || response.closed()) {
      end();
      return;
    }
    open = true;
    response.setStatusCode(200).setChunked(true)
        .putHeader(HttpHeaders.CONTENT_TYPE, "text/event-stream; charset=utf-8")
        .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
        .putHeader("X-Accel-Buffering", "no");
    send(current);
    early.forEach(this::send);
    early.clear();
    if (!ended) {
      heartbeat = vertx.setPeriodic(heartbeatMs, id -> {
        if (!response.closed()) {
          response.write(": heartbeat\n\n");
        }
      });
    }
  }

  @Override
  public void changed(OrderStatus status) {
    if (ended) {
      return;
    }
    if (!open) {
      early.add(status);
      return;
    }
    send(status);
  }

  @Override
  public void shutdown() {
    if (open) {
      response.end();
    }
    end();
  }

  /** The client went away. */
  void clientGone() {
    end();
  }

  private void send(OrderStatus status) {
    if (ended || !status.differsFrom(last) || response.closed()) {
      return;
    }
    last = status;
    JsonObject data = new JsonObject().put("id", status.id()).put("status", status.status())
        .put("reason", status.reason()).put("updatedAt", status.updatedAt());
    response.write("data: " + data.encode() + "\n\n");
    if (status.terminal()) {
      response.end();
      end();
    }
  }

  /** Stops the heartbeat and runs {@code onEnd} (which tolerates running more than once). */
  private void end() {
    ended = true;
    if (heartbeat >= 0) {
      vertx.cancelTimer(heartbeat);
      heartbeat = -1;
    }
    onEnd.run();
  }
}
