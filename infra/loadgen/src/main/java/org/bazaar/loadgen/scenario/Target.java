package org.bazaar.loadgen.scenario;

import java.net.URI;

/** Where requests go: host and port of an HTTP server (plain HTTP only). */
public record Target(String host, int port) {

  public static Target of(String url) {
    URI uri = URI.create(url);
    if (!"http".equals(uri.getScheme())) {
      throw new IllegalArgumentException("only http:// URLs are supported: " + url);
    }
    return new Target(uri.getHost(), uri.getPort() < 0 ? 80 : uri.getPort());
  }

  public String url() {
    return "http://" + host + ":" + port;
  }
}
