import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.bazaar.events.Topics;
import org.bazaar.infra.kafka.EmbeddedKafka;

/** A single Kafka broker for the container smoke test: java SmokeKafka.java DIR PORT; stops on SIGTERM. */
public class SmokeKafka {
  public static void main(String[] args) throws Exception {
    EmbeddedKafka kafka = EmbeddedKafka.on(Path.of(args[0]), Integer.parseInt(args[1])).start();
    List<String> topics = new ArrayList<>(Topics.all());
    for (String group : List.of("catalog", "inventory", "orders", "payments")) {
      topics.add(Topics.deadLetter(group));
    }
    kafka.createTopics(topics, 3);
    Runtime.getRuntime().addShutdownHook(new Thread(kafka::close));
    System.out.println("kafka ready on " + kafka.bootstrapServers());
    Thread.currentThread().join();
  }
}
