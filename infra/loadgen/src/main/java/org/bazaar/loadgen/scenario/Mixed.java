package org.bazaar.loadgen.scenario;

import java.util.concurrent.ThreadLocalRandom;

import org.bazaar.loadgen.generator.Lane;
import org.bazaar.loadgen.generator.Scenario;

/** Browsing and buying together: a share of the arrivals are checkouts, the rest product pages and searches. */
public record Mixed(Browse browse, Checkout checkout, double orderShare) implements Scenario {

  @Override
  public Started start(Lane lane, long sequence) {
    if (ThreadLocalRandom.current().nextDouble() < orderShare) {
      return new Started(Checkout.ORDER, checkout.place(lane));
    }
    return browse.start(lane, sequence);
  }
}
