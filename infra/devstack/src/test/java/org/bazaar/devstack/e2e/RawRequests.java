package org.bazaar.devstack.e2e;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * Requests no HTTP client library will send: broken request lines and headers, control characters and raw
 * non-ASCII bytes, bad percent-encoding, conflicting lengths, broken chunks, oversized lines. Each is bytes
 * for a socket; {@code forbidden} marks those that are not valid HTTP or break the contract.
 */
final class RawRequests {

  record Raw(String label, byte[] bytes, boolean forbidden) {
  }

  private RawRequests() {
  }

  /** A raw request for the given path, with the given authorization line (or none). */
  static Raw next(Random random, String path, String authorization) {
    String auth = authorization == null ? "" : "Authorization: " + authorization + "\r\n";
    String host = "Host: 127.0.0.1\r\n";
    String close = "Connection: close\r\n";
    List<Raw> cases = List.of(
        raw("control chars in a header", "GET " + path + " HTTP/1.1\r\n" + host + auth + close
            + "X-Fuzz: a\u0001b\u007fc\r\n\r\n", false),
        raw("NUL in a header", "GET " + path + " HTTP/1.1\r\n" + host + auth + close + "X-Fuzz: a\u0000b\r\n\r\n",
            false),
        raw("bad percent-encoding in the path", "GET " + path + "%zz%2 HTTP/1.1\r\n" + host + auth + close + "\r\n",
            false),
        raw("bad percent-encoding in the query", "GET " + path + "?limit=%zz&q=%E0%A4%A&cursor=%FF%FE HTTP/1.1\r\n"
            + host + auth + close + "\r\n", false),
        utf8("raw UTF-8 in the path", "GET " + path + "/ünïcödé😀 HTTP/1.1\r\n" + host + auth + close + "\r\n"),
        utf8("raw UTF-8 in a header", "GET " + path + " HTTP/1.1\r\n" + host + auth + close
            + "X-Fuzz: Zoë 😀\r\nIdempotency-Key: ключ\r\n\r\n"),
        raw("NUL in the path", "GET " + path + "%00/x HTTP/1.1\r\n" + host + auth + close + "\r\n", false),
        raw("dot segments", "GET /api/v1/../../../etc/passwd HTTP/1.1\r\n" + host + auth + close + "\r\n", false),
        raw("encoded dot segments", "GET " + path + "/%2e%2e/%2e%2e/%2e%2e/admin HTTP/1.1\r\n" + host + auth + close
            + "\r\n", false),
        raw("absolute-form target", "GET http://evil.example.com" + path + " HTTP/1.1\r\n" + host + auth + close
            + "\r\n", false),
        raw("HTTP/1.0 without Host", "GET " + path + " HTTP/1.0\r\n" + auth + "\r\n", false),
        raw("lower-case method", "get " + path + " HTTP/1.1\r\n" + host + auth + close + "\r\n", false),
        raw("unknown method", "FUZZ " + path + " HTTP/1.1\r\n" + host + auth + close + "\r\n", true),
        raw("request line too long", "GET " + path + "?q=" + "a".repeat(9_000) + " HTTP/1.1\r\n" + host + auth + close
            + "\r\n", true),
        raw("header too large", "GET " + path + " HTTP/1.1\r\n" + host + auth + close + "X-Fuzz: "
            + "b".repeat(12_000) + "\r\n\r\n", true),
        raw("conflicting Content-Length", "POST " + path + " HTTP/1.1\r\n" + host + auth + close
            + "Content-Type: application/json\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\n{}", true),
        raw("negative Content-Length", "POST " + path + " HTTP/1.1\r\n" + host + auth + close
            + "Content-Type: application/json\r\nContent-Length: -1\r\n\r\n{}", true),
        raw("broken chunk", "POST " + path + " HTTP/1.1\r\n" + host + auth + close
            + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nZZ\r\n{}\r\n0\r\n\r\n", true),
        raw("chunked and Content-Length", "POST " + path + " HTTP/1.1\r\n" + host + auth + close
            + "Content-Type: application/json\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n"
            + "2\r\n{}\r\n0\r\n\r\n", false),
        raw("header without colon", "GET " + path + " HTTP/1.1\r\n" + host + auth + close + "NoColonHere\r\n\r\n",
            true),
        raw("space in a header name", "GET " + path + " HTTP/1.1\r\n" + host + auth + close + "Bad Name: x\r\n\r\n",
            true),
        raw("obsolete line folding", "GET " + path + " HTTP/1.1\r\n" + host + auth + close + "X-Fuzz: a\r\n b\r\n\r\n",
            false),
        raw("unknown HTTP version", "GET " + path + " HTTP/9.9\r\n" + host + auth + close + "\r\n", true),
        raw("Expect: 100-continue, huge length", "POST " + path + " HTTP/1.1\r\n" + host + auth + close
            + "Content-Type: application/json\r\nExpect: 100-continue\r\nContent-Length: 100000000\r\n\r\n", true),
        raw("bearer with control chars", "GET " + path + " HTTP/1.1\r\n" + host + close
            + "Authorization: Bearer a\u0001b.c\u0002d.e\r\n\r\n", false));
    return cases.get(random.nextInt(cases.size()));
  }

  private static Raw raw(String label, String text, boolean forbidden) {
    return new Raw(label, text.getBytes(StandardCharsets.ISO_8859_1), forbidden);
  }

  private static Raw utf8(String label, String text) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    return new Raw(label, out.toByteArray(), false);
  }
}
