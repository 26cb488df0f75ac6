package org.bazaar.orders.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.vertx.core.json.Json;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * Turns request JSON into plain sorted maps and lists (what the domain validates), and hashes its canonical
 * form (keys sorted at every level, no whitespace) so the same body always has the same SHA-256.
 */
public final class PlainJson {

  private PlainJson() {
  }

  /** The value with every object as a key-sorted map and every array as a list. */
  public static Object plain(Object value) {
    if (value instanceof JsonObject object) {
      return plain(object.getMap());
    }
    if (value instanceof JsonArray array) {
      return plain(array.getList());
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> sorted = new TreeMap<>();
      map.forEach((key, item) -> sorted.put(String.valueOf(key), plain(item)));
      return sorted;
    }
    if (value instanceof List<?> list) {
      List<Object> items = new ArrayList<>(list.size());
      list.forEach(item -> items.add(plain(item)));
      return items;
    }
    return value;
  }

  @SuppressWarnings("unchecked")
  public static Map<String, Object> map(JsonObject object) {
    return (Map<String, Object>) plain(object);
  }

  /** The JSON text of the value with sorted keys and no whitespace. */
  public static String canonical(Object value) {
    return Json.encode(plain(value));
  }

  /** Hex SHA-256 of the canonical JSON of the value. */
  public static String sha256(Object value) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical(value).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
