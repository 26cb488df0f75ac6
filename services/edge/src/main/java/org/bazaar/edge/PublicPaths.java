package org.bazaar.edge;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Translates between the public {@code /api/v1} paths and the services' internal paths. */
public final class PublicPaths {

  public static final String PREFIX = "/api/v1";

  private PublicPaths() {
  }

  /** A service's {@code Location} as the client must see it: internal paths get the public prefix. */
  public static String location(String internal) {
    if (internal == null || internal.isBlank() || !internal.startsWith("/") || internal.startsWith("//")
        || internal.startsWith(PREFIX + "/")) {
      return internal;
    }
    return PREFIX + internal;
  }

  /** One path segment, percent-encoded so a value can never change the path it is put in. */
  public static String segment(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
