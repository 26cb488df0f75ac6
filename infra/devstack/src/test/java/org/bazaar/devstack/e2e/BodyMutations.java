package org.bazaar.devstack.e2e;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * Request bodies for one operation's schema: malformed JSON text, JSON tokens spliced into a valid body in place
 * of one field, deep nesting, and bodies larger than the edge accepts. Each says whether the contract forbids it.
 */
final class BodyMutations {

  record Body(String label, byte[] bytes, boolean forbidden) {
  }

  private static final String MARK = "@@FUZZ@@";
  private static final List<String> MALFORMED = List.of("", "{", "}", "[", "{\"a\":}", "{\"a\" 1}", "{'a':1}",
      "{\"a\":1,}", "nul", "\u0000", "[]", "\"text\"", "123", "null", "true", "{\"a\":1}{\"b\":2}", "{\"a\":\"\\x\"}",
      "{\"a\":\"unterminated}", "\uFEFF{}", "{\"a\":NaN}", "{\"a\":01}", "{,}", "{\"\":1}", "[1,2", "{\"a\":[}");
  /** Tokens that are not JSON at all. */
  private static final List<String> BAD_TOKENS = List.of("NaN", "Infinity", "-Infinity", "01", "+1", ".5", "1.",
      "0x10", "'single'", "\"raw\u0001control\"", "\"bad\\escape\"", "undefined", "\"a\"\"b\"");
  /** JSON tokens that parse; numbers among them are judged against the field's schema. */
  private static final List<String> GOOD_TOKENS = List.of("\"\\ud800\"", "\"\\udc00\\ud800\"", "\"\\u0000\"",
      "1e400", "-1e400", "1E2", "-0", "123456789012345678901234567890", "1.0", "4.9e-324", "true", "[]", "{}",
      "\"\"", "null", "-9223372036854775809");

  private BodyMutations() {
  }

  static Body malformed(Random random) {
    String text = MALFORMED.get(random.nextInt(MALFORMED.size()));
    return new Body("malformed JSON", text.getBytes(StandardCharsets.UTF_8), true);
  }

  static Body truncated(JsonObject valid, Random random) {
    String text = valid.encode();
    return new Body("truncated JSON", text.substring(0, 1 + random.nextInt(text.length() - 1))
        .getBytes(StandardCharsets.UTF_8), true);
  }

  static Body randomBytes(Random random) {
    byte[] bytes = new byte[1 + random.nextInt(200)];
    random.nextBytes(bytes);
    bytes[0] = (byte) (0x80 | bytes[0]);
    return new Body("random bytes", bytes, true);
  }

  /** A valid body whose UTF-8 is broken inside one string. */
  static Body invalidUtf8(JsonObject valid) {
    byte[] text = valid.encode().getBytes(StandardCharsets.UTF_8);
    int quote = new String(text, StandardCharsets.ISO_8859_1).lastIndexOf("\":\"");
    if (quote < 0) {
      return new Body("invalid UTF-8", new byte[] {'{', '"', (byte) 0xC3, 0x28, '"', ':', '1', '}'}, true);
    }
    byte[] out = new byte[text.length + 2];
    System.arraycopy(text, 0, out, 0, quote + 3);
    out[quote + 3] = (byte) 0xC3;
    out[quote + 4] = 0x28;
    System.arraycopy(text, quote + 3, out, quote + 5, text.length - quote - 3);
    return new Body("invalid UTF-8", out, false);
  }

  static Body deep(Random random) {
    int depth = 2_000 + random.nextInt(8_000);
    boolean arrays = random.nextBoolean();
    String text = arrays ? "[".repeat(depth) + "]".repeat(depth)
        : "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
    return new Body("nested " + depth + " deep", text.getBytes(StandardCharsets.UTF_8), true);
  }

  static Body huge(JsonObject valid, int bytes) {
    JsonObject big = valid.copy().put("padding", "A".repeat(bytes));
    return new Body("huge body " + bytes, big.encode().getBytes(StandardCharsets.UTF_8), true);
  }

  static Body manyFields(JsonObject valid, int count) {
    JsonObject many = valid.copy();
    for (int i = 0; i < count; i++) {
      many.put("f" + i, i);
    }
    return new Body(count + " extra fields", many.encode().getBytes(StandardCharsets.UTF_8), false);
  }

  /** A valid body with one leaf value replaced by a raw JSON token. */
  static Body spliced(JsonObject valid, JsonObject schema, Random random) {
    List<String[]> leaves = new ArrayList<>();
    leaves(valid, "", leaves);
    if (leaves.isEmpty()) {
      return malformed(random);
    }
    String[] leaf = leaves.get(random.nextInt(leaves.size()));
    boolean bad = random.nextInt(3) == 0;
    String token = bad ? BAD_TOKENS.get(random.nextInt(BAD_TOKENS.size()))
        : GOOD_TOKENS.get(random.nextInt(GOOD_TOKENS.size()));
    JsonObject marked = valid.copy();
    put(marked, leaf[0], MARK);
    String text = marked.encode().replace("\"" + MARK + "\"", token);
    boolean forbidden = bad || violates(schemaAt(schema, leaf[0]), token);
    return new Body("token " + token + " at " + leaf[0], text.getBytes(StandardCharsets.UTF_8), forbidden);
  }

  /** Whether a parsable token surely breaks the leaf's schema (only clear cases count). */
  private static boolean violates(JsonObject schema, String token) {
    if (schema == null) {
      return false;
    }
    String type = SchemaValues.type(schema);
    BigDecimal number;
    try {
      number = new BigDecimal(token);
    } catch (NumberFormatException e) {
      return switch (token) {
        case "null" -> true;
        case "[]" -> !type.equals("array");
        case "{}" -> !type.equals("object");
        case "true" -> !type.equals("boolean");
        default -> !type.equals("string");
      };
    }
    if (type.equals("string") || type.equals("boolean")) {
      return true;
    }
    if (type.equals("integer") && number.stripTrailingZeros().scale() > 0) {
      return true;
    }
    if (schema.getValue("minimum") instanceof Number min && number.compareTo(new BigDecimal(min.toString())) < 0) {
      return true;
    }
    if (schema.getValue("maximum") instanceof Number max && number.compareTo(new BigDecimal(max.toString())) > 0) {
      return true;
    }
    return schema.getValue("not") instanceof JsonObject not && not.getValue("const") instanceof Number n
        && number.compareTo(new BigDecimal(n.toString())) == 0;
  }

  private static void leaves(Object value, String at, List<String[]> out) {
    if (value instanceof JsonObject object) {
      object.forEach(e -> leaves(e.getValue(), at + "/" + e.getKey(), out));
    } else if (value instanceof JsonArray array) {
      for (int i = 0; i < array.size(); i++) {
        leaves(array.getValue(i), at + "/" + i, out);
      }
    } else {
      out.add(new String[] {at});
    }
  }

  private static void put(Object root, String pointer, Object value) {
    String[] steps = pointer.substring(1).split("/");
    Object at = root;
    for (int i = 0; i < steps.length - 1; i++) {
      at = at instanceof JsonObject o ? o.getValue(steps[i]) : ((JsonArray) at).getValue(Integer.parseInt(steps[i]));
    }
    String last = steps[steps.length - 1];
    if (at instanceof JsonObject o) {
      o.put(last, value);
    } else {
      ((JsonArray) at).set(Integer.parseInt(last), value);
    }
  }

  private static JsonObject schemaAt(JsonObject schema, String pointer) {
    JsonObject at = schema;
    for (String step : pointer.substring(1).split("/")) {
      if (at == null) {
        return null;
      }
      at = step.matches("\\d+") ? at.getJsonObject("items") : at.getJsonObject("properties", new JsonObject())
          .getJsonObject(step);
    }
    return at;
  }
}
