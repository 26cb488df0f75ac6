package org.bazaar.edge;

import org.bazaar.platform.launch.ServiceLauncher;

/** Starts the edge in its own process. */
public final class EdgeMain {

  private EdgeMain() {
  }

  public static void main(String[] args) {
    ServiceLauncher.run("edge", EdgeVerticle::new);
  }
}
