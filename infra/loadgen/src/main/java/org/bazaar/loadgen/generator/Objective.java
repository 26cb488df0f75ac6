package org.bazaar.loadgen.generator;

/**
 * A latency objective for one step: the operation's p99 below a limit, at most 1 % failed, and at least 90 % of
 * the asked rate achieved. {@code operation} null means every operation of the step together.
 */
public record Objective(String operation, double p99Millis) {

  static final double MAX_ERROR_RATIO = 0.01;
  static final double MIN_ACHIEVED = 0.9;

  public boolean metBy(StepResult step) {
    OperationStats stats = operation == null ? step.all() : step.operation(operation);
    return stats.succeeded() > 0
        && stats.p99() < p99Millis
        && stats.errorRatio() <= MAX_ERROR_RATIO
        && step.throughput() >= MIN_ACHIEVED * step.targetRate();
  }

  public String describe() {
    return "p99 < " + format(p99Millis) + " ms" + (operation == null ? "" : " (" + operation + ")");
  }

  private static String format(double millis) {
    return millis == Math.rint(millis) ? Long.toString((long) millis) : Double.toString(millis);
  }
}
