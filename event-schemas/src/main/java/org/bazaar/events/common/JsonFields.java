package org.bazaar.events.common;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.IntStream;

/** Small readers and writers shared by the payload records; absent fields read as {@code null} or empty. */
public final class JsonFields {

  private JsonFields() {
  }

  public static UUID uuid(JsonObject json, String field) {
    String value = json.getString(field);
    return value == null ? null : UUID.fromString(value);
  }

  /** Reads an RFC 3339 timestamp, with {@code Z} or any offset. */
  public static Instant instant(JsonObject json, String field) {
    String value = json.getString(field);
    return value == null ? null : OffsetDateTime.parse(value).toInstant();
  }

  public static <T> List<T> list(JsonObject json, String field, Function<JsonObject, T> reader) {
    JsonArray array = json.getJsonArray(field);
    if (array == null) {
      return List.of();
    }
    return IntStream.range(0, array.size()).mapToObj(i -> reader.apply(array.getJsonObject(i))).toList();
  }

  public static <T> JsonArray array(List<T> items, Function<T, JsonObject> writer) {
    JsonArray array = new JsonArray();
    items.forEach(item -> array.add(writer.apply(item)));
    return array;
  }

  public static <T> T object(JsonObject json, String field, Function<JsonObject, T> reader) {
    JsonObject value = json.getJsonObject(field);
    return value == null ? null : reader.apply(value);
  }
}
