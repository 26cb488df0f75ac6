package org.bazaar.edge.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;

import io.github.bucket4j.ConsumptionProbe;
import org.junit.jupiter.api.Test;

class ClientBucketsTest {

  private final AtomicLong now = new AtomicLong(1_000_000_000_000L);

  @Test
  void aClientGetsItsCapacity_thenWaitsForTheRefill() {
    ClientBuckets buckets = new ClientBuckets(3, 1, 100, now::get);
    for (int i = 0; i < 3; i++) {
      assertThat(buckets.consume("ip:a").isConsumed()).isTrue();
    }
    ConsumptionProbe refused = buckets.consume("ip:a");
    assertThat(refused.isConsumed()).isFalse();
    assertThat(refused.getNanosToWaitForRefill()).isPositive();
    assertThat(buckets.consume("ip:b").isConsumed()).as("other clients have their own bucket").isTrue();
  }

  @Test
  void idleBuckets_areEvicted_recentOnesKept() {
    ClientBuckets buckets = new ClientBuckets(10, 5, 100, now::get);
    buckets.consume("ip:old");
    now.addAndGet(60_000_000_000L);
    buckets.consume("ip:new");
    assertThat(buckets.evictIdle()).isEqualTo(1);
    assertThat(buckets.size()).isEqualTo(1);
  }

  @Test
  void aFullMap_sharesOneBucketAmongNewClients() {
    ClientBuckets buckets = new ClientBuckets(2, 1, 2, now::get);
    buckets.consume("ip:1");
    buckets.consume("ip:2");
    assertThat(buckets.consume("ip:3").isConsumed()).isTrue();
    assertThat(buckets.consume("ip:4").isConsumed()).isTrue();
    assertThat(buckets.consume("ip:5").isConsumed()).as("the shared bucket is empty").isFalse();
    assertThat(buckets.size()).isEqualTo(2);
  }
}
