package org.bazaar.loadgen;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.bazaar.loadgen.generator.Ramp;
import org.bazaar.loadgen.generator.StepResult;
import org.bazaar.loadgen.reference.KafkaReference;
import org.bazaar.loadgen.reference.PostgresCommitLoop;

/** Everything one bench measured; a figure left null was not measured (the reason is in {@code problems}). */
public final class Findings {

  final Instant when = Instant.now();
  final List<String> problems = new ArrayList<>();
  String shopSource;
  int cores = Runtime.getRuntime().availableProcessors();
  String loadBefore = LoadAverage.now();
  String loadAfter;

  Ramp.Outcome hello;
  Duration helloReady;
  Long helloRssIdle;
  Long helloRssLoaded;
  PostgresCommitLoop.Result commits;
  KafkaReference.Result kafka;

  Duration shopReady;
  /** How long the unmeasured warm-up ran, and the JIT compilers' busiest share of a core in its last round. */
  Duration shopWarmup;
  Duration shopWarmupLastRound;
  Double jitShareAfterWarmup;
  Map<String, Long> rssIdle = new TreeMap<>();
  Map<String, Long> rssLoaded = new TreeMap<>();
  Ramp.Outcome pages;
  StepResult browse;
  StepResult ordersAt100;
  Ramp.Outcome orders;
  StepResult mixed;
  OrderCpu orderCpu;
  Double outboxP99;
  String outboxSource;
  /** Outbox commit → Kafka p99 during the mixed run, a load the shop sustains; empty if not measured. */
  java.util.OptionalDouble outboxMixedP99 = java.util.OptionalDouble.empty();
  long confirmed;
  long cancelled;

  void problem(String what, Exception e) {
    problems.add(what + ": " + (e.getMessage() == null ? e.toString() : e.getMessage()));
  }
}
