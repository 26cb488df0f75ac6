package org.bazaar.orders;

import java.time.Instant;

/** One event in an order's timeline: its CloudEvents id, type, time and source, and the trace it belongs to. */
public record TimelineEvent(String id, String type, Instant time, String source, String traceId) {
}
