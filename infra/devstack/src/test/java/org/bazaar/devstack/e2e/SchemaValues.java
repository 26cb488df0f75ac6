package org.bazaar.devstack.e2e;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * Values for a (resolved) JSON schema: one that satisfies it, values that break it (each a contract violation
 * the edge must reject), and odd values that still satisfy it (unicode, control characters, injection strings,
 * boundary numbers), which the shop must take without failing.
 */
final class SchemaValues {

  /** Strings a pattern may accept, tried in order. */
  private static final List<String> PATTERN_CANDIDATES = List.of("FUZZ-1", "EUR", "abc", "A", "1");
  static final List<String> ODD_STRINGS = List.of(
      "Zoë 😀 日本語 العربية", "\u202eevil\u202c", "\u0000", "nul\u0000inside", "\u0001\u0007\u001b[31m\u007f",
      "line\nbreak\r\n\ttab", "' OR '1'='1' --", "\"; DROP TABLE orders; --", "<script>alert(1)</script>",
      "${jndi:ldap://127.0.0.1/x}", "%s%n%x", "../../etc/passwd", "\\u0000", "\uFEFFbom", "\u200b", " ",
      "null", "true", "{}", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢");

  private SchemaValues() {
  }

  /** A value the schema accepts. */
  static Object valid(JsonObject schema) {
    String type = type(schema);
    if (schema.containsKey("const")) {
      return schema.getValue("const");
    }
    if (schema.getValue("enum") instanceof JsonArray values && !values.isEmpty()) {
      return values.getValue(0);
    }
    switch (type) {
      case "object" -> {
        JsonObject object = new JsonObject();
        JsonObject properties = schema.getJsonObject("properties", new JsonObject());
        List<String> required = requiredOf(schema);
        for (String name : properties.fieldNames()) {
          JsonObject property = properties.getJsonObject(name);
          if (required.contains(name) || !"boolean".equals(type(property))) {
            object.put(name, valid(property));
          }
        }
        return object;
      }
      case "array" -> {
        JsonArray array = new JsonArray();
        int size = Math.max(1, schema.getInteger("minItems", 1));
        for (int i = 0; i < size; i++) {
          array.add(valid(schema.getJsonObject("items", new JsonObject())));
        }
        return array;
      }
      case "integer", "number" -> {
        long low = schema.getValue("minimum") instanceof Number n ? n.longValue() : Long.MIN_VALUE;
        long high = schema.getValue("maximum") instanceof Number n ? n.longValue() : Long.MAX_VALUE;
        long value = Math.max(low, Math.min(high, 1));
        return forbidden(schema, value) ? value + 1 : value;
      }
      case "boolean" -> {
        return true;
      }
      default -> {
        return validString(schema);
      }
    }
  }

  private static String validString(JsonObject schema) {
    String format = schema.getString("format", "");
    if (format.equals("uuid")) {
      return UUID.randomUUID().toString();
    }
    if (format.equals("email")) {
      return "fuzz-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }
    if (schema.getValue("pattern") instanceof String pattern) {
      Pattern compiled = Pattern.compile(pattern);
      return PATTERN_CANDIDATES.stream().filter(s -> compiled.matcher(s).find()).findFirst().orElse("x");
    }
    int min = schema.getInteger("minLength", 0);
    return "fuzz" + "z".repeat(Math.max(0, min - 4));
  }

  /** Values that violate the schema, each paired with what it breaks. */
  static List<Labelled> invalid(JsonObject schema) {
    List<Labelled> out = new ArrayList<>();
    String type = type(schema);
    for (Object wrong : List.of("1", 1, 1.5, true, new JsonObject(), new JsonArray())) {
      if (!accepts(type, wrong)) {
        out.add(new Labelled("wrong type " + typeName(wrong), wrong));
      }
    }
    out.add(new Labelled("null", null));
    switch (type) {
      case "string" -> {
        if (schema.getValue("maxLength") instanceof Integer max) {
          out.add(new Labelled("too long", "x".repeat(max + 1)));
          out.add(new Labelled("too long (emoji)", "😀".repeat(max + 1)));
        }
        if (schema.getInteger("minLength", 0) > 0) {
          out.add(new Labelled("empty", ""));
        }
        String format = schema.getString("format", "");
        if (format.equals("uuid")) {
          out.add(new Labelled("not a uuid", "not-a-uuid"));
          out.add(new Labelled("short uuid", "123e4567-e89b-12d3-a456-42661417400"));
        }
        if (format.equals("email")) {
          out.add(new Labelled("not an email", "no-at-sign"));
          out.add(new Labelled("not an email", "a@"));
        }
        if (schema.getValue("pattern") instanceof String pattern) {
          Pattern compiled = Pattern.compile(pattern);
          for (String s : List.of("has space", "ünïcode", "../x", "a\u0000b", "eur")) {
            if (!compiled.matcher(s).find()) {
              out.add(new Labelled("pattern", s));
            }
          }
        }
      }
      case "integer", "number" -> {
        if (schema.getValue("minimum") instanceof Number min) {
          out.add(new Labelled("below minimum", min.longValue() - 1));
          out.add(new Labelled("hugely negative", new BigInteger("-99999999999999999999999999")));
          out.add(new Labelled("very negative", -1e308));
        }
        if (schema.getValue("maximum") instanceof Number max) {
          out.add(new Labelled("above maximum", max.longValue() + 1));
          out.add(new Labelled("huge", new BigInteger("99999999999999999999999999")));
          out.add(new Labelled("huge double", 1e308));
          out.add(new Labelled("long max", Long.MAX_VALUE));
        }
        if (type.equals("integer")) {
          out.add(new Labelled("fractional", 1.5));
          out.add(new Labelled("tiny fraction", new BigDecimal("1.0000000000000000000001")));
        }
        if (schema.getValue("not") instanceof JsonObject not && not.containsKey("const")) {
          out.add(new Labelled("forbidden value", not.getValue("const")));
        }
      }
      case "array" -> {
        if (schema.getInteger("minItems", 0) > 0) {
          out.add(new Labelled("empty array", new JsonArray()));
        }
        JsonObject items = schema.getJsonObject("items", new JsonObject());
        if (schema.getValue("maxItems") instanceof Integer max) {
          JsonArray many = new JsonArray();
          for (int i = 0; i <= max; i++) {
            many.add(valid(items));
          }
          out.add(new Labelled("too many items", many));
        }
        for (Labelled bad : invalid(items)) {
          out.add(new Labelled("item: " + bad.label(), new JsonArray().add(bad.value())));
        }
      }
      case "object" -> {
        JsonObject valid = (JsonObject) valid(schema);
        for (String name : requiredOf(schema)) {
          JsonObject missing = valid.copy();
          missing.remove(name);
          out.add(new Labelled("missing " + name, missing));
        }
        if (Boolean.FALSE.equals(schema.getValue("additionalProperties"))) {
          out.add(new Labelled("unknown field", valid.copy().put("unexpected", 1)));
          out.add(new Labelled("unknown field roles", valid.copy().put("roles", new JsonArray().add("admin"))));
        }
        if (schema.getInteger("minProperties", 0) > 0) {
          out.add(new Labelled("no properties", new JsonObject()));
        }
        JsonObject properties = schema.getJsonObject("properties", new JsonObject());
        for (String name : properties.fieldNames()) {
          for (Labelled bad : invalid(properties.getJsonObject(name))) {
            out.add(new Labelled(name + ": " + bad.label(), valid.copy().put(name, bad.value())));
          }
        }
      }
      default -> { }
    }
    return out;
  }

  /** Unusual values the schema still accepts. */
  static List<Labelled> odd(JsonObject schema) {
    List<Labelled> out = new ArrayList<>();
    switch (type(schema)) {
      case "string" -> {
        if (!schema.containsKey("format") && !schema.containsKey("pattern") && !schema.containsKey("enum")) {
          int max = schema.getInteger("maxLength", 10_000);
          int min = schema.getInteger("minLength", 0);
          for (String s : ODD_STRINGS) {
            if (s.codePointCount(0, s.length()) >= min && s.codePointCount(0, s.length()) <= max) {
              out.add(new Labelled("odd string", s));
            }
          }
          out.add(new Labelled("longest", "é".repeat(Math.min(max, 20_000))));
        }
      }
      case "integer", "number" -> {
        for (Object n : List.of(0, -1, 1, 2.0, Integer.MAX_VALUE, -0.0)) {
          if (acceptsNumber(schema, ((Number) n).doubleValue())) {
            out.add(new Labelled("boundary number " + n, n));
          }
        }
        if (schema.getValue("minimum") instanceof Number min) {
          out.add(new Labelled("minimum", min));
        }
        if (schema.getValue("maximum") instanceof Number max) {
          out.add(new Labelled("maximum", max));
        }
      }
      case "object" -> {
        JsonObject valid = (JsonObject) valid(schema);
        JsonObject properties = schema.getJsonObject("properties", new JsonObject());
        if (!Boolean.FALSE.equals(schema.getValue("additionalProperties"))) {
          out.add(new Labelled("extra fields", valid.copy().put("roles", new JsonArray().add("admin"))
              .put("admin", true).put("__proto__", new JsonObject().put("admin", true)).put("id", "x")));
        }
        for (String name : properties.fieldNames()) {
          for (Labelled odd : odd(properties.getJsonObject(name))) {
            out.add(new Labelled(name + ": " + odd.label(), valid.copy().put(name, odd.value())));
          }
          if (!requiredOf(schema).contains(name) && valid.size() > 1) {
            JsonObject without = valid.copy();
            without.remove(name);
            out.add(new Labelled("without optional " + name, without));
          }
        }
      }
      default -> { }
    }
    return out;
  }

  record Labelled(String label, Object value) {
  }

  static String type(JsonObject schema) {
    Object type = schema.getValue("type");
    if (type instanceof JsonArray types) {
      return types.stream().filter(t -> !"null".equals(t)).map(Object::toString).findFirst().orElse("string");
    }
    if (type instanceof String t) {
      return t;
    }
    return schema.containsKey("properties") ? "object" : "string";
  }

  private static List<String> requiredOf(JsonObject schema) {
    JsonArray required = schema.getJsonArray("required", new JsonArray());
    return required.stream().map(Object::toString).toList();
  }

  private static boolean forbidden(JsonObject schema, long value) {
    return schema.getValue("not") instanceof JsonObject not && not.getValue("const") instanceof Number n
        && n.longValue() == value;
  }

  private static boolean acceptsNumber(JsonObject schema, double value) {
    if (schema.getValue("minimum") instanceof Number min && value < min.doubleValue()) {
      return false;
    }
    if (schema.getValue("maximum") instanceof Number max && value > max.doubleValue()) {
      return false;
    }
    if (type(schema).equals("integer") && value != Math.rint(value)) {
      return false;
    }
    return !forbidden(schema, (long) value);
  }

  private static boolean accepts(String type, Object value) {
    return switch (type) {
      case "string" -> value instanceof String;
      case "integer" -> value instanceof Integer || value instanceof Long;
      case "number" -> value instanceof Number;
      case "boolean" -> value instanceof Boolean;
      case "object" -> value instanceof JsonObject;
      case "array" -> value instanceof JsonArray;
      default -> true;
    };
  }

  private static String typeName(Object value) {
    return value instanceof JsonObject ? "object" : value instanceof JsonArray ? "array"
        : value.getClass().getSimpleName().toLowerCase();
  }
}
