package org.bazaar.devstack;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;

/** Checks before start-up that the ports the devstack needs are free, so a clash is one clear message. */
final class Ports {

  private Ports() {
  }

  static void requireFree(Map<String, Integer> ports) {
    ports.forEach((owner, port) -> {
      if (port == 0) {
        return;
      }
      try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
        socket.setReuseAddress(true);
      } catch (IOException e) {
        throw new IllegalStateException("port " + port + " (" + owner + ") is already in use: is another Bazaar "
            + "running? Stop it, or move this one with BAZAAR_PORT_OFFSET / BAZAAR_KAFKA_PORT");
      }
    });
  }
}
