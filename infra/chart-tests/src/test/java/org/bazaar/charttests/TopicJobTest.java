package org.bazaar.charttests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The topic hook Job's script, run for real with a stand-in kafka-topics.sh that records its arguments, and the
 * Job's topics against the code: a dead-letter topic per consumer group, the compacted replay-mark topic.
 */
class TopicJobTest {

  private static final Path REPO = Chart.DIR.getParent().getParent();
  private static final String KAFKA_TOPICS = "/opt/kafka/bin/kafka-topics.sh";
  private static final String REPLAYS = "bazaar.dlq.replays";

  @Test
  void script_createsEveryTopicWithTheChartsSettings_andTheReplayMarksCompactedOnOnePartition(@TempDir Path work)
      throws Exception {
    List<List<String>> calls = run(job(Chart.DEFAULTS), work);
    Values values = Values.of(Chart.DEFAULTS);
    List<String> names = topics("kafka.topics.names");
    assertThat(calls).hasSize(names.size() + 1);
    for (List<String> call : calls) {
      String topic = after(call, "--topic");
      assertThat(call).as(topic).contains("--create", "--if-not-exists");
      assertThat(after(call, "--bootstrap-server")).isEqualTo(values.get("kafka.bootstrapServers"));
      assertThat(after(call, "--replication-factor")).isEqualTo("3");
      assertThat(configs(call)).as(topic).contains("min.insync.replicas=2");
      if (topic.equals(REPLAYS)) {
        assertThat(after(call, "--partitions")).isEqualTo("1");
        assertThat(configs(call)).containsExactlyInAnyOrder("min.insync.replicas=2", "cleanup.policy=compact");
      } else {
        assertThat(names).as(topic).contains(topic);
        assertThat(after(call, "--partitions")).as(topic).isEqualTo("6");
        assertThat(configs(call)).as(topic).containsExactly("min.insync.replicas=2");
      }
    }
    assertThat(calls.stream().map(c -> after(c, "--topic")).toList()).contains(REPLAYS).doesNotHaveDuplicates();
  }

  @Test
  void script_withNoCompactedTopics_createsTheOthersOnly(@TempDir Path work) throws Exception {
    Rendered rendered = Rendered.parse("none", Chart.template(Chart.DEFAULTS, Map.of("kafka.topics.compacted", "null")));
    List<List<String>> calls = run(rendered.all(Job.class).get(0), work);
    assertThat(calls).hasSize(topics("kafka.topics.names").size())
        .noneSatisfy(call -> assertThat(configs(call)).contains("cleanup.policy=compact"));
  }

  @Test
  void theReplayMarkTopic_isTheOneTheEdgeWrites() throws IOException {
    String source = Files.readString(REPO.resolve(
        "services/platform/src/main/java/org/bazaar/platform/deadletters/ReplayLog.java"));
    Matcher topic = Pattern.compile("String TOPIC = \"([^\"]+)\"").matcher(source);
    assertThat(topic.find()).as("ReplayLog.TOPIC").isTrue();
    assertThat(topics("kafka.topics.compacted")).containsExactly(topic.group(1));
  }

  @Test
  void everyConsumerGroup_hasItsDeadLetterTopic() throws IOException {
    // a service's consumer group is its name (ServiceDefaults.consumer), and dead letters go to <group>.dlq
    TreeSet<String> groups = new TreeSet<>();
    try (Stream<Path> services = Files.list(REPO.resolve("services"))) {
      for (Path service : services.filter(Files::isDirectory).toList()) {
        Path main = service.resolve("src/main/java");
        if (Files.isDirectory(main) && callsConsumer(main)) {
          groups.add(service.getFileName().toString());
        }
      }
    }
    assertThat(groups).contains("orders", "inventory", "payments", "notifications");
    assertThat(topics("kafka.topics.names")).containsAll(groups.stream().map(g -> g + ".dlq").toList());
  }

  @SuppressWarnings("unchecked")
  private static List<String> topics(String path) {
    return (List<String>) Values.of(Chart.DEFAULTS).get(path);
  }

  private static boolean callsConsumer(Path sources) throws IOException {
    try (Stream<Path> files = Files.walk(sources)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        if (Files.readString(file).contains("defaults.consumer()")) {
          return true;
        }
      }
    }
    return false;
  }

  private static Job job(String scenario) {
    return Chart.render(scenario).find(Job.class, Chart.RELEASE + "-bazaar-kafka-topics").orElseThrow();
  }

  /** Runs the Job's command with its env, kafka-topics.sh replaced by a script appending its arguments to a file. */
  private static List<List<String>> run(Job job, Path work) throws Exception {
    Container container = job.getSpec().getTemplate().getSpec().getContainers().get(0);
    Path log = work.resolve("calls");
    Path fake = work.resolve("kafka-topics.sh");
    Files.writeString(fake, "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\t' \"$a\" >> \"$CALLS\"; done\necho >> \"$CALLS\"\n");
    Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwx------"));
    List<String> command = new ArrayList<>(container.getCommand());
    container.getArgs().forEach(arg -> command.add(arg.replace(KAFKA_TOPICS, fake.toString())));
    assertThat(String.join(" ", command)).doesNotContain(KAFKA_TOPICS);
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(work.resolve("output").toFile());
    builder.environment().clear();
    builder.environment().put("PATH", "/usr/bin:/bin");
    builder.environment().put("CALLS", log.toString());
    for (EnvVar env : container.getEnv()) {
      builder.environment().put(env.getName(), env.getValue());
    }
    Process process = builder.start();
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("the script ends").isTrue();
    assertThat(process.exitValue()).as(Files.readString(work.resolve("output"))).isZero();
    List<List<String>> calls = new ArrayList<>();
    for (String line : Files.readAllLines(log)) {
      calls.add(List.of(line.split("\t")));
    }
    return calls;
  }

  private static String after(List<String> call, String option) {
    int at = call.indexOf(option);
    assertThat(at).as(option + " in " + call).isNotNegative();
    return call.get(at + 1);
  }

  private static List<String> configs(List<String> call) {
    List<String> configs = new ArrayList<>();
    for (int i = 0; i < call.size() - 1; i++) {
      if (call.get(i).equals("--config")) {
        configs.add(call.get(i + 1));
      }
    }
    return configs;
  }
}
