package org.bazaar.platform.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;

import org.bazaar.events.Topics;
import org.bazaar.infra.kafka.EmbeddedKafka;

/** One real Kafka broker per test JVM, on a free port, with Bazaar's topics created. */
public final class TestKafka {

  private static EmbeddedKafka broker;

  private TestKafka() {
  }

  public static synchronized String bootstrapServers() {
    if (broker == null) {
      try {
        broker = EmbeddedKafka.on(Files.createTempDirectory("bazaar-test-kafka"), 0).start();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      broker.createTopics(Topics.all(), 3);
      Runtime.getRuntime().addShutdownHook(new Thread(broker::close));
    }
    return broker.bootstrapServers();
  }

  public static void createTopics(List<String> topics) {
    bootstrapServers();
    broker.createTopics(topics, 3);
  }
}
