package org.bazaar.payments;

import org.bazaar.platform.launch.ServiceLauncher;

/** Runs the payments service on its own, configured from {@code BAZAAR_*} variables. */
public final class PaymentsMain {

  private PaymentsMain() {
  }

  public static void main(String[] args) {
    ServiceLauncher.run("payments", PaymentsVerticle::new);
  }
}
