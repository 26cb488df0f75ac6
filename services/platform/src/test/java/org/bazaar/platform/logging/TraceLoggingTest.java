package org.bazaar.platform.logging;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.internal.ContextInternal;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(VertxExtension.class)
class TraceLoggingTest {

  static {
    TraceLogging.install(); // as Observability does, before any Vert.x instance exists
  }

  private static final String TRACEPARENT = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

  @Test
  void aTraceBoundInADuplicatedContext_isInEveryLogLineOfThatContextOnly(Vertx vertx, VertxTestContext test) {
    ContextInternal root = (ContextInternal) vertx.getOrCreateContext();
    ContextInternal handling = root.duplicate();
    handling.runOnContext(v -> {
      TraceLogging.bind(TRACEPARENT);
      test.verify(() -> assertThat(new TraceContextDataProvider().supplyContextData())
          .containsEntry("trace.id", "4bf92f3577b34da6a3ce929d0e0e4736"));
      root.duplicate().runOnContext(other -> test.verify(() -> {
        assertThat(new TraceContextDataProvider().supplyContextData()).isEmpty();
        test.completeNow();
      }));
    });
  }

  @Test
  void anInvalidTraceparent_bindsNothing(Vertx vertx, VertxTestContext test) {
    ((ContextInternal) vertx.getOrCreateContext()).duplicate().runOnContext(v -> {
      TraceLogging.bind("garbage");
      test.verify(() -> assertThat(TraceLogging.current()).isNull());
      test.completeNow();
    });
  }
}
