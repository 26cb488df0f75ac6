package org.bazaar.catalog;

import org.bazaar.platform.launch.ServiceLauncher;

/** Starts the catalog service from the process environment. */
public final class CatalogMain {

  private CatalogMain() {
  }

  public static void main(String[] args) {
    ServiceLauncher.run("catalog", CatalogVerticle::new);
  }
}
