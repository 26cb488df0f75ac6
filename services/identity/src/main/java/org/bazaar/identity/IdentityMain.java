package org.bazaar.identity;

import org.bazaar.platform.launch.ServiceLauncher;

/** Starts the identity service from the process environment. */
public final class IdentityMain {

  private IdentityMain() {
  }

  public static void main(String[] args) {
    ServiceLauncher.run("identity", IdentityVerticle::new);
  }
}
