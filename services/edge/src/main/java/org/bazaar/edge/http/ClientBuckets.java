package org.bazaar.edge.http;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

/**
 * One token bucket per client key, in a bounded map: a bucket idle for longer than it takes to fill up again
 * is the same as a new one, so it is evicted; when the map is full anyway, new clients share one bucket.
 */
final class ClientBuckets {

  private record Tracked(Bucket bucket, AtomicLong lastUsed) {
  }

  private final Map<String, Tracked> buckets = new ConcurrentHashMap<>();
  private final long capacity;
  private final long refillPerSecond;
  private final int maxClients;
  private final long idleNanos;
  private final LongSupplier clock;
  private final Bucket overflow;
  private final AtomicLong lastSweep = new AtomicLong();

  ClientBuckets(long capacity, long refillPerSecond, int maxClients, LongSupplier clock) {
    this.capacity = capacity;
    this.refillPerSecond = refillPerSecond;
    this.maxClients = maxClients;
    this.clock = clock;
    long secondsToFill = (capacity + refillPerSecond - 1) / refillPerSecond;
    this.idleNanos = Duration.ofSeconds(Math.max(10, secondsToFill + 1)).toNanos();
    this.overflow = newBucket();
  }

  /** Takes one token from the client's bucket. */
  ConsumptionProbe consume(String client) {
    long now = clock.getAsLong();
    Tracked tracked = buckets.get(client);
    if (tracked == null) {
      if (buckets.size() >= maxClients && now - lastSweep.get() > 1_000_000_000L) {
        lastSweep.set(now);
        evictIdle();
      }
      if (buckets.size() >= maxClients) {
        return overflow.tryConsumeAndReturnRemaining(1);
      }
      tracked = buckets.computeIfAbsent(client, key -> new Tracked(newBucket(), new AtomicLong(now)));
    }
    tracked.lastUsed().set(now);
    return tracked.bucket().tryConsumeAndReturnRemaining(1);
  }

  /** Forgets buckets idle long enough to be full again; returns how many. */
  int evictIdle() {
    long now = clock.getAsLong();
    int before = buckets.size();
    buckets.values().removeIf(tracked -> now - tracked.lastUsed().get() > idleNanos);
    return before - buckets.size();
  }

  int size() {
    return buckets.size();
  }

  private Bucket newBucket() {
    return Bucket.builder()
        .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(refillPerSecond, Duration.ofSeconds(1)).build())
        .build();
  }
}
