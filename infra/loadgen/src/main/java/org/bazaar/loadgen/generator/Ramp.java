package org.bazaar.loadgen.generator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Finds the highest arrival rate that meets an objective: multiplies the rate by {@code factor} until a step
 * misses twice in a row (or, when the start rate already misses, divides it up to three times until one meets),
 * then halves the gap between the last good and the first bad rate {@code refinements} times.
 */
public record Ramp(double startRate, double factor, double maxRate, int refinements, Duration warmup,
    Duration measure, Duration drain) {

  private static final int STEPS_DOWN = 3;

  /** Every step run, in rate order, and the best one that met the objective (if any did). */
  public record Outcome(Objective objective, List<StepResult> steps, Optional<StepResult> best) {

    /** The highest achieved rate among the steps that met the objective; 0 when none did. */
    public double maxRate() {
      return best.map(StepResult::throughput).orElse(0.0);
    }
  }

  public Outcome run(OpenLoopGenerator generator, Scenario scenario, Objective objective, Consumer<String> log) {
    // a first step at the start rate, not kept: class loading, JIT and connection set-up on both sides
    generator.step(scenario, startRate, warmup, measure, drain);
    List<StepResult> steps = new ArrayList<>();
    double good = 0;
    double bad = 0;
    if (meets(generator, scenario, objective, startRate, steps, log)) {
      good = startRate;
      for (double rate = startRate * factor; rate <= maxRate; rate *= factor) {
        if (!meets(generator, scenario, objective, rate, steps, log)) {
          bad = rate;
          break;
        }
        good = rate;
      }
    } else {
      bad = startRate;
      for (int i = 0; i < STEPS_DOWN && good == 0; i++) {
        double rate = bad / factor;
        if (meets(generator, scenario, objective, rate, steps, log)) {
          good = rate;
        } else {
          bad = rate;
        }
      }
    }
    for (int i = 0; i < refinements && bad > 0 && good > 0; i++) {
      double rate = (good + bad) / 2;
      if (meets(generator, scenario, objective, rate, steps, log)) {
        good = rate;
      } else {
        bad = rate;
      }
    }
    steps.sort(Comparator.comparingDouble(StepResult::targetRate));
    Optional<StepResult> best = steps.stream().filter(objective::metBy)
        .max(Comparator.comparingDouble(StepResult::throughput));
    return new Outcome(objective, steps, best);
  }

  /** A step that misses is run once more: one stall of a busy machine should not end the climb. */
  private boolean meets(OpenLoopGenerator generator, Scenario scenario, Objective objective, double rate,
      List<StepResult> steps, Consumer<String> log) {
    return objective.metBy(step(generator, scenario, objective, rate, steps, log))
        || objective.metBy(step(generator, scenario, objective, rate, steps, log));
  }

  private StepResult step(OpenLoopGenerator generator, Scenario scenario, Objective objective, double rate,
      List<StepResult> steps, Consumer<String> log) {
    StepResult step = generator.step(scenario, rate, warmup, measure, drain);
    steps.add(step);
    OperationStats stats = objective.operation() == null ? step.all() : step.operation(objective.operation());
    log.accept(String.format("  %8.0f/s asked, %8.1f/s done, p50 %7.2f ms, p99 %8.2f ms, errors %5.2f %%, "
        + "send lag p99 %.2f ms %s", rate, step.throughput(), stats.p50(), stats.p99(), 100 * stats.errorRatio(),
        step.sendLagP99Millis(), objective.metBy(step) ? "ok" : "missed " + objective.describe()));
    if (!stats.sampleErrors().isEmpty()) {
      log.accept("    errors: " + String.join("; ", stats.sampleErrors()));
    }
    return step;
  }
}
