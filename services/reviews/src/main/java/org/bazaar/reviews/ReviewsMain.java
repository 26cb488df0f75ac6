package org.bazaar.reviews;

import org.bazaar.platform.launch.ServiceLauncher;

/** Starts the reviews service from the process environment. */
public final class ReviewsMain {

  private ReviewsMain() {
  }

  public static void main(String[] args) {
    ServiceLauncher.run("reviews", ReviewsVerticle::new);
  }
}
