package org.bazaar.platform.messaging;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import io.vertx.core.internal.ContextInternal;

/**
 * Lets the inbox tell the consumer that the event being handled had been processed before, so the consumer
 * counts it as a duplicate without every handler having to report it. The mark lives in the duplicated
 * Vert.x context that {@link RecordProcessor} gives each event; outside one, marking does nothing.
 */
public final class Duplicates {

  private static final String KEY = Duplicates.class.getName();

  private Duplicates() {
  }

  /** Captures the calling event's context; running the result marks that event as a duplicate. */
  public static Runnable marker() {
    ContextInternal context = ContextInternal.current();
    if (context == null || !context.isDuplicate()) {
      return () -> { };
    }
    return () -> marks(context).put(KEY, Boolean.TRUE);
  }

  static void clear(ContextInternal context) {
    if (context != null && context.isDuplicate()) {
      marks(context).remove(KEY);
    }
  }

  static boolean marked(ContextInternal context) {
    return context != null && context.isDuplicate() && marks(context).containsKey(KEY);
  }

  private static ConcurrentMap<Object, Object> marks(ContextInternal context) {
    return context.getLocal(ContextInternal.LOCAL_MAP, ConcurrentHashMap::new);
  }
}
