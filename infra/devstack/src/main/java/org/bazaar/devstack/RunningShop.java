package org.bazaar.devstack;

/** Where a running devstack answers, whichever way it runs (one JVM or one process per service). */
public interface RunningShop {

  DevstackSettings settings();

  String bootstrapServers();

  default String edgeUrl() {
    return "http://127.0.0.1:" + settings().port(Services.EDGE_PORT);
  }

  default String simulatorUrl() {
    return "http://127.0.0.1:" + settings().port(Services.SIMULATOR_PORT);
  }

  default int smtpPort() {
    return settings().port(Services.SMTP_PORT);
  }
}
