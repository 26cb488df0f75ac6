package org.bazaar.recommendations;

import org.bazaar.platform.launch.ServiceLauncher;

/** Starts the recommendations service from the process environment. */
public final class RecommendationsMain {

  private RecommendationsMain() {
  }

  public static void main(String[] args) {
    ServiceLauncher.run("recommendations", RecommendationsVerticle::new);
  }
}
