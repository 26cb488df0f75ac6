package org.bazaar.orders;

import java.util.Optional;

/** The outcome of applying one input to an order: its next state and the event to publish, if any. */
public record Transition(SagaState state, Optional<SagaEffect> effect, boolean changed) {

  /** The input does not apply (terminal order, wrong step, deadline not reached): nothing changes. */
  public static Transition ignored(SagaState state) {
    return new Transition(state, Optional.empty(), false);
  }

  public static Transition to(SagaState state, SagaEffect effect) {
    return new Transition(state, Optional.of(effect), true);
  }
}
