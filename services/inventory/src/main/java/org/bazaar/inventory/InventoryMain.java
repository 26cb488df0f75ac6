package org.bazaar.inventory;

import org.bazaar.inventory.config.InventoryConfig;
import org.bazaar.platform.launch.ServiceLauncher;

/** Runs the inventory service (port 8083 unless {@code BAZAAR_HTTP_PORT} says otherwise). */
public final class InventoryMain {

  private InventoryMain() {
  }

  public static void main(String[] args) {
    ServiceLauncher.run(InventoryConfig.NAME, InventoryVerticle::new);
  }
}
