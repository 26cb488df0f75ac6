package org.bazaar.loadgen.generator;

import java.util.Map;
import java.util.TreeMap;

import org.HdrHistogram.Histogram;

/**
 * One step at a fixed arrival rate: the rate asked for, the measured window, each operation's outcome, and how
 * late the generator itself sent (a large send lag means the generator, not the server, was the limit).
 */
public record StepResult(double targetRate, double measuredSeconds, Map<String, OperationStats> operations,
    Histogram sendLag) {

  /** Every operation of the step together. */
  public OperationStats all() {
    OperationStats all = new OperationStats();
    operations.values().forEach(all::add);
    return all;
  }

  public OperationStats operation(String name) {
    return operations.getOrDefault(name, new OperationStats());
  }

  /** Successful operations per second over the measured window. */
  public double throughput() {
    return all().succeeded() / measuredSeconds;
  }

  public double throughput(String name) {
    return operation(name).succeeded() / measuredSeconds;
  }

  public double sendLagP99Millis() {
    return Latencies.millis(sendLag, 99);
  }

  static StepResult merge(double targetRate, double measuredSeconds, Iterable<LaneStep> lanes) {
    Map<String, OperationStats> operations = new TreeMap<>();
    Histogram lag = Latencies.histogram();
    for (LaneStep lane : lanes) {
      lane.operations().forEach((name, stats) -> operations.computeIfAbsent(name, n -> new OperationStats()).add(stats));
      lag.add(lane.sendLag());
    }
    return new StepResult(targetRate, measuredSeconds, operations, lag);
  }
}
