package org.bazaar.devstack.e2e;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One generated request: either well-formed HTTP ({@code method}, {@code target}, headers, body) sent by an
 * HTTP client, or {@code raw} bytes written to a socket as they are. {@code mustReject} says the request
 * breaks the contract, so any 2xx or 3xx answer to it is a fault.
 */
record FuzzRequest(int number, String operation, String kind, String auth, String method, String target,
    List<String[]> headers, byte[] body, byte[] raw, boolean mustReject) {

  /** The request as a report line, cut to a readable length. */
  String describe() {
    StringBuilder text = new StringBuilder("#").append(number).append(' ').append(operation).append(" [")
        .append(kind).append(", auth ").append(auth).append(mustReject ? ", must be rejected" : "").append("] ");
    if (raw != null) {
      text.append("raw ").append(printable(new String(raw, StandardCharsets.ISO_8859_1)));
    } else {
      text.append(method).append(' ').append(printable(target));
      headers.stream().filter(header -> !header[0].equalsIgnoreCase("Authorization")).limit(4)
          .forEach(header -> text.append(" | ").append(header[0]).append(": ").append(printable(header[1])));
      if (headers.size() > 5) {
        text.append(" | …").append(headers.size()).append(" headers");
      }
      if (body != null) {
        text.append(" | body ").append(printable(new String(body, StandardCharsets.UTF_8)));
      }
    }
    return text.toString();
  }

  private static String printable(String text) {
    StringBuilder out = new StringBuilder();
    text.codePoints().limit(240).forEach(c -> {
      if (c < 0x20 || c == 0x7f) {
        out.append(String.format("\\x%02x", c));
      } else {
        out.appendCodePoint(c);
      }
    });
    return text.length() > 240 ? out + "…(" + text.length() + " chars)" : out.toString();
  }
}
