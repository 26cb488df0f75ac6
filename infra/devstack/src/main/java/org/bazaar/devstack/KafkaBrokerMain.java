package org.bazaar.devstack;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import org.bazaar.events.Topics;
import org.bazaar.infra.kafka.EmbeddedKafka;
import org.bazaar.platform.config.Env;

/**
 * The process devstack's Kafka broker in a JVM of its own: {@code BAZAAR_KAFKA_DIR} holds its log,
 * {@code BAZAAR_KAFKA_PORT} is its listener. Creates the shop's topics, then runs until SIGTERM.
 */
public final class KafkaBrokerMain {

  private KafkaBrokerMain() {
  }

  public static void main(String[] args) throws InterruptedException {
    Env env = Env.system();
    EmbeddedKafka kafka = EmbeddedKafka.on(Path.of(env.required("BAZAAR_KAFKA_DIR")),
        env.integer("BAZAAR_KAFKA_PORT", 9092));
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      kafka.close();
      stopped.countDown();
    }, "kafka-shutdown"));
    kafka.start();
    kafka.createTopics(topics(), 3);
    System.out.println("kafka broker ready on " + kafka.bootstrapServers());
    stopped.await();
  }

  /** Every event topic and the dead-letter topic of every consuming service. */
  static List<String> topics() {
    List<String> topics = new ArrayList<>(Topics.all());
    Services.ALL.stream().filter(ServiceSpec::consumesEvents).forEach(s -> topics.add(Topics.deadLetter(s.name())));
    return topics;
  }
}
