package org.bazaar.devstack.e2e;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;

import io.vertx.core.json.JsonObject;
import org.bazaar.devstack.e2e.FuzzContract.Op;
import org.bazaar.devstack.e2e.FuzzContract.Param;
import org.bazaar.devstack.e2e.FuzzContract.Security;
import org.bazaar.devstack.e2e.SchemaValues.Labelled;

/**
 * Deterministic (seeded) hostile requests for every operation of the contract: each picks an operation, a
 * caller (none, a forged token, a customer, an admin) and one kind of damage. A request the contract forbids
 * names the protected product (so accepting it would show in its stock); anything the shop may accept names a
 * scratch product or an unknown id instead.
 */
final class FuzzGenerator {

  /** Real ids the requests refer to: a product that must not change, and one that may. */
  record Targets(String protectedId, String protectedSku, String scratchId, String scratchSku) {
  }

  private static final List<String> KINDS = List.of("body invalid", "body odd", "body malformed", "body token",
      "body huge", "content type", "method", "path", "query", "headers", "header parameter", "raw", "valid");
  private static final List<String> CONTENT_TYPES = List.of("text/plain", "application/xml",
      "application/x-www-form-urlencoded", "multipart/form-data; boundary=xyz", "application/json-patch+json",
      "application/jsonx", "json", "*/*", "", "application/json; charset=utf-16", "text/html; charset=utf-8");
  private static final List<String> METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS",
      "TRACE", "FUZZ", "HEAD");
  private static final List<String> HOSTILE_SEGMENTS = List.of("not-a-uuid", "0", "-1", "' OR 1=1 --",
      "%", "..", ".", "%2e%2e", "a/b", "😀", "Zoë", "\u0000", "\u202e", "<script>", "a".repeat(65),
      "b".repeat(5_000), "00000000-0000-0000-0000-000000000000", "FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF",
      "${jndi:x}", " ", "null", "undefined", "[]", "{}", "*", "?", "#", ";", "a;b=c");
  private static final List<String> HOSTILE_QUERY_VALUES = List.of("-1", "0", "101", "1.5", "abc", "", "1e3",
      "99999999999999999999", "NaN", " 1", "１", "%00", "\u0000", "😀", "x".repeat(600), "' OR 1=1 --", "true",
      "[1]", "{}", "0x10", "-0", "+5", "2147483648");

  private final List<Op> operations;
  private final FuzzContract contract;
  private final Random random;
  private final Targets targets;
  private final Function<String, String> tokens;

  /** @param tokens the bearer token of a caller: "customer", "admin", or a forged one by name */
  FuzzGenerator(FuzzContract contract, long seed, Targets targets, Function<String, String> tokens) {
    this.contract = contract;
    this.operations = contract.operations();
    this.random = new Random(seed);
    this.targets = targets;
    this.tokens = tokens;
  }

  FuzzRequest next(int number) {
    Op op = operations.get(random.nextInt(operations.size()));
    String caller = pick(List.of("none", "forged", "customer", "customer", "admin", "admin"));
    String token = caller.equals("none") ? null : tokens.apply(caller.equals("forged")
        ? pick(List.of("alg-none", "garbage", "wrong-key", "expired", "empty")) : caller);
    boolean refused = op.security() == Security.REQUIRED && (caller.equals("none") || caller.equals("forged"));
    String kind = kindFor(op);
    Draft draft = new Draft(op, kind);
    // a raw request has its own method and may land on another operation of the path
    draft.forbidden |= refused && !kind.equals("raw");
    draft.fill(token);
    return draft.build(number, caller);
  }

  private String kindFor(Op op) {
    while (true) {
      String kind = pick(KINDS);
      boolean bodyKind = kind.startsWith("body");
      if ((!bodyKind || op.hasBody()) && (!kind.equals("path") || hasParam(op, "path"))
          && (!kind.equals("header parameter") || hasParam(op, "header"))) {
        return kind;
      }
    }
  }

  /** A request being built: the damage is decided first, then the ids it names. */
  private final class Draft {
    private final Op op;
    private final String kind;
    private String method;
    private final List<String[]> headers = new ArrayList<>();
    private final List<String> query = new ArrayList<>();
    private final java.util.Map<String, String> pathValues = new java.util.HashMap<>();
    private byte[] body;
    private byte[] raw;
    private String label = "";
    boolean forbidden;

    Draft(Op op, String kind) {
      this.op = op;
      this.kind = kind;
      this.method = op.method();
    }

    void fill(String token) {
      JsonObject validBody = op.hasBody() ? (JsonObject) SchemaValues.valid(op.body()) : null;
      switch (kind) {
        case "body invalid" -> {
          List<Labelled> invalid = SchemaValues.invalid(op.body());
          Labelled bad = invalid.get(random.nextInt(invalid.size()));
          json(bad.label(), bad.value() == null ? "null" : io.vertx.core.json.Json.encode(bad.value()), true);
        }
        case "body odd" -> {
          List<Labelled> odd = SchemaValues.odd(op.body());
          if (odd.isEmpty() || random.nextInt(8) == 0) {
            BodyMutations.Body many = BodyMutations.manyFields(validBody, 1 + random.nextInt(300));
            use(many);
          } else {
            Labelled value = odd.get(random.nextInt(odd.size()));
            json(value.label(), io.vertx.core.json.Json.encode(value.value()), false);
          }
        }
        case "body malformed" -> use(switch (random.nextInt(5)) {
          case 0 -> BodyMutations.truncated(validBody, random);
          case 1 -> BodyMutations.randomBytes(random);
          case 2 -> BodyMutations.deep(random);
          case 3 -> BodyMutations.invalidUtf8(validBody);
          default -> BodyMutations.malformed(random);
        });
        case "body token" -> use(BodyMutations.spliced(validBody, op.body(), random));
        case "body huge" -> use(BodyMutations.huge(validBody, pick(List.of(70_000, 300_000, 2_000_000))));
        case "content type" -> {
          String type = pick(CONTENT_TYPES);
          label = "Content-Type " + type;
          headers.add(new String[] {"Content-Type", type});
          forbidden |= op.hasBody() && !type.startsWith("application/json;");
          jsonBody(validBody);
          if (!op.hasBody() && random.nextBoolean()) {
            body = "{\"a\":1}".getBytes(StandardCharsets.UTF_8);
          }
        }
        case "method" -> {
          List<String> declared = contract.methodsOn(op.path());
          method = pick(METHODS.stream().filter(m -> !declared.contains(m)).toList());
          label = "method " + method;
          forbidden |= !method.equals("HEAD") && !method.equals("OPTIONS") && !declared.isEmpty();
          jsonBody(validBody);
        }
        case "path" -> {
          Param param = pickParam("path");
          String segment = pick(HOSTILE_SEGMENTS);
          pathValues.put(param.name(), segment.isEmpty() ? segment : encode(segment));
          label = "path " + param.name() + "=" + segment;
          forbidden |= segment.codePointCount(0, segment.length()) > 64 || param.schema().containsKey("pattern")
              && !segment.matches(param.schema().getString("pattern"));
          jsonBody(validBody);
        }
        case "query" -> {
          List<Param> declared = op.params().stream().filter(p -> p.in().equals("query")).toList();
          if (declared.isEmpty() || random.nextInt(4) == 0) {
            query.add(encode(pick(List.of("limit", "admin", "__proto__", "roles[]", "", "q", "cursor")))
                + "=" + encode(pick(HOSTILE_QUERY_VALUES)));
            label = "query " + query.get(0);
          } else {
            Param param = declared.get(random.nextInt(declared.size()));
            String value = pick(HOSTILE_QUERY_VALUES);
            int repeats = random.nextInt(6) == 0 ? 2 : 1;
            for (int i = 0; i < repeats; i++) {
              query.add(encode(param.name()) + "=" + encode(value));
            }
            label = "query " + param.name() + "=" + value + (repeats > 1 ? " (twice)" : "");
            forbidden |= repeats == 1 && queryForbidden(param.schema(), value);
          }
          jsonBody(validBody);
        }
        case "headers" -> {
          if (random.nextBoolean()) {
            int size = pick(List.of(4_000, 9_000, 40_000));
            headers.add(new String[] {"X-Fuzz", "h".repeat(size)});
            label = "one header of " + size;
            forbidden |= size > 8_192;
          } else {
            int count = pick(List.of(50, 150, 600));
            for (int i = 0; i < count; i++) {
              headers.add(new String[] {"X-Fuzz-" + i, "v".repeat(20)});
            }
            label = count + " headers";
            forbidden |= count * 30 > 8_192;
          }
          jsonBody(validBody);
        }
        case "header parameter" -> {
          Param param = pickParam("header");
          String value = pick(List.of("", "k".repeat(65), "k".repeat(5_000), "Zoë", "\t", "a b", "-", "null"));
          label = "header " + param.name() + "=" + value;
          forbidden |= value.isBlank() || value.length() > 64;
          headerParams(param.name(), value);
          jsonBody(validBody);
        }
        case "raw" -> {
          RawRequests.Raw request = RawRequests.next(random, path(), token == null ? null : "Bearer " + token);
          raw = request.bytes();
          label = request.label();
          forbidden |= request.forbidden();
        }
        default -> {
          label = "valid";
          jsonBody(validBody);
        }
      }
      if (token != null) {
        headers.add(new String[] {"Authorization", "Bearer " + token});
      }
      if (!kind.equals("header parameter")) {
        headerParams(null, null);
      }
    }

    private Param pickParam(String in) {
      List<Param> params = op.params().stream().filter(p -> p.in().equals(in)).toList();
      return params.get(random.nextInt(params.size()));
    }

    private void headerParams(String name, String value) {
      for (Param param : op.params()) {
        if (param.in().equals("header")) {
          // a fresh key each time, so repeats of one key do not hide what the body does
          String chosen = param.name().equals(name) ? value : "key-" + Long.toHexString(random.nextLong());
          if (!chosen.isEmpty() || random.nextBoolean()) {
            headers.add(new String[] {param.name(), chosen});
          }
        }
      }
    }

    private void json(String what, String text, boolean invalid) {
      label = what;
      forbidden |= invalid;
      body = ids(text).getBytes(StandardCharsets.UTF_8);
      headers.add(new String[] {"Content-Type", "application/json"});
    }

    private void use(BodyMutations.Body mutated) {
      label = mutated.label();
      forbidden |= mutated.forbidden();
      boolean text = !label.startsWith("random bytes") && !label.startsWith("invalid UTF-8");
      body = text ? ids(new String(mutated.bytes(), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8)
          : mutated.bytes();
      headers.add(new String[] {"Content-Type", "application/json"});
    }

    private void jsonBody(JsonObject valid) {
      if (valid != null) {
        body = ids(valid.encode()).getBytes(StandardCharsets.UTF_8);
        if (!kind.equals("content type")) {
          headers.add(new String[] {"Content-Type", "application/json"});
        }
      }
    }

    /** Names the protected product in bodies only when the request must be refused anyway. */
    private String ids(String text) {
      return text.replaceAll("\"productId\":\"[0-9a-f-]{36}\"", "\"productId\":\"" + productId() + "\"");
    }

    private String productId() {
      return forbidden ? targets.protectedId() : random.nextBoolean() ? targets.scratchId()
          : UUID.randomUUID().toString();
    }

    private String path() {
      String path = op.path();
      for (Param param : op.params()) {
        if (param.in().equals("path")) {
          String value = pathValues.containsKey(param.name()) ? pathValues.get(param.name()) : known(param);
          path = path.replace("{" + param.name() + "}", value);
        }
      }
      return "/api/v1" + path;
    }

    private String known(Param param) {
      boolean safe = forbidden || op.method().equals("GET");
      boolean sku = param.schema().containsKey("pattern");
      int choice = random.nextInt(3);
      if (choice == 0) {
        return sku ? "NO-SUCH-" + random.nextInt(1000) : UUID.randomUUID().toString();
      }
      if (sku) {
        return safe ? targets.protectedSku() : targets.scratchSku();
      }
      return safe ? targets.protectedId() : targets.scratchId();
    }

    FuzzRequest build(int number, String caller) {
      String target = path() + (query.isEmpty() ? "" : "?" + String.join("&", query));
      return new FuzzRequest(number, op.id(), kind + ": " + label, caller, method, target, headers, body, raw,
          forbidden);
    }
  }

  private static boolean queryForbidden(JsonObject schema, String value) {
    if (SchemaValues.type(schema).equals("integer")) {
      if (!value.matches("-?[0-9]+")) {
        return !value.matches("[-+ ]?[0-9.eE]+|[0-9]+\\.0*|-0|１");
      }
      java.math.BigInteger number = new java.math.BigInteger(value);
      return schema.getValue("minimum") instanceof Number min && number.compareTo(java.math.BigInteger.valueOf(
          min.longValue())) < 0 || schema.getValue("maximum") instanceof Number max
          && number.compareTo(java.math.BigInteger.valueOf(max.longValue())) > 0;
    }
    int length = value.codePointCount(0, value.length());
    return schema.getValue("maxLength") instanceof Integer max && length > max
        || length < schema.getInteger("minLength", 0);
  }

  private static boolean hasParam(Op op, String in) {
    return op.params().stream().anyMatch(p -> p.in().equals(in));
  }

  private <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
