package org.bazaar.platform.messaging;

import java.util.function.Supplier;

import io.vertx.core.Future;

/**
 * Runs the calls made to one Kafka consumer one after another: the client throws when two threads use it at
 * once, and the Vert.x wrapper runs poll, commit and the metadata calls on different threads.
 */
final class OneCallAtATime {

  private Future<?> last = Future.succeededFuture();

  synchronized <T> Future<T> run(Supplier<Future<T>> call) {
    Future<T> next = last.transform(ignored -> call.get());
    last = next;
    return next;
  }
}
