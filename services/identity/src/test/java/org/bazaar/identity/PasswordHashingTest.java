package org.bazaar.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(VertxExtension.class)
class PasswordHashingTest {

  @Test
  void aBurstOfHashes_runsOnAtMostThePoolsThreads_andEveryOneFinishes(Vertx vertx, VertxTestContext test) {
    PasswordHashing.start(vertx, 4096, 1, 1, 2).onComplete(test.succeeding(hashing -> {
      List<Future<String>> hashes = IntStream.range(0, 8).mapToObj(i -> hashing.hash("password " + i)).toList();
      Future.all(hashes)
          .compose(all -> hashing.verifyOrWaste("password 3", hashes.get(3).result()))
          .onComplete(test.succeeding(matches -> test.verify(() -> {
            assertThat(matches).isTrue();
            assertThat(hashingThreads()).isBetween(1L, 2L);
            hashing.close().onComplete(test.succeedingThenComplete());
          })));
    }));
  }

  private static long hashingThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(thread -> thread.getName().startsWith(PasswordHashing.POOL)).count();
  }
}
