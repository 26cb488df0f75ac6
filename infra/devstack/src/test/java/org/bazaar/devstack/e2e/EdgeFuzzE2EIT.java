package org.bazaar.devstack.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

/**
 * Hostile input at the edge: thousands of requests generated from the edge's OpenAPI document (seeded, so a
 * failure repeats) against every operation, with and without valid tokens. No answer may be a 5xx, every 4xx
 * is problem+json, nothing the contract forbids is accepted, the shop stays healthy, and a product that only
 * forbidden requests named is unchanged. Size and seed: {@code -Dbazaar.fuzz.requests}, {@code -Dbazaar.fuzz.seed}.
 */
class EdgeFuzzE2EIT {

  private static final int REQUESTS = Integer.getInteger("bazaar.fuzz.requests", 12_000);
  private static final long SEED = Long.getLong("bazaar.fuzz.seed", 20_251_125L);
  private static final int IN_FLIGHT = 24;
  private static final List<String> SERVICES = List.of("identity", "catalog", "inventory", "cart", "orders",
      "payments", "reviews", "recommendations", "notifications");

  /** Marks answers that are not what the edge would choose but are allowed, and counted apart. */
  private static final String EXCUSED = "excused: ";

  private final Api api = Shop.api();

  @Test
  void hostileRequests_neverFailTheEdge_andChangeNothingTheyShouldNot() throws Exception {
    String admin = api.admin();
    String customer = api.newCustomer();
    JsonObject guarded = api.stockedProduct(admin, 1234, 7);
    JsonObject scratch = api.stockedProduct(admin, 100, 1_000);
    String guardedPath = "/api/v1/products/" + guarded.getString("id");
    JsonObject stockBefore = api.stock(admin, guarded.getString("sku"));
    JsonObject productBefore = product(api.call("GET", guardedPath, null, null).expect(200).json());

    List<String> offenders = new ArrayList<>();
    Map<String, Integer> statuses = new TreeMap<>();
    long started = System.nanoTime();
    try (Tokens tokens = new Tokens(); FuzzSender sender = new FuzzSender(URI.create(Shop.devstack().edgeUrl()))) {
      String subject = Tokens.payload(customer).getString("sub");
      Map<String, String> callers = Map.of("customer", customer, "admin", admin,
          "alg-none", Tokens.algNone(tokens.claims(subject, "admin"), "x"),
          "garbage", "garbage", "empty", "",
          "wrong-key", tokens.foreignKey(tokens.claims(subject, "admin")),
          "expired", tokens.signed(tokens.claims(subject, "customer").put("exp", 1_000_000_000L)));
      FuzzGenerator generator = new FuzzGenerator(FuzzContract.load(), SEED, new FuzzGenerator.Targets(
          guarded.getString("id"), guarded.getString("sku"), scratch.getString("id"), scratch.getString("sku")),
          callers::get);
      run(generator, sender, offenders, statuses);
    }
    long seconds = (System.nanoTime() - started) / 1_000_000_000L;
    long serverErrors = offenders.stream().filter(line -> line.startsWith("server error")).count();
    System.out.printf("[fuzz] %d requests in %d s (seed %d), answers by status %s, 5xx %d, offenders %d%n",
        REQUESTS, seconds, SEED, statuses, serverErrors, offenders.size());
    report(offenders);

    assertThat(offenders).as("requests the edge failed (5xx, no answer, not problem+json, or a forbidden request "
        + "accepted)").isEmpty();
    assertHealthy();
    assertThat(api.stock(admin, guarded.getString("sku"))).as("stock of the guarded product").isEqualTo(stockBefore);
    assertThat(product(api.call("GET", guardedPath, null, null).expect(200).json())).isEqualTo(productBefore);
    for (String caller : List.of(customer, admin)) {
      assertThat(api.call("GET", "/api/v1/orders?limit=100", caller, null).expect(200).body())
          .doesNotContain(guarded.getString("id"));
    }
    assertThat(api.call("GET", "/api/v1/cart", customer, null).expect(200).body())
        .doesNotContain(guarded.getString("id"));
  }

  private static void run(FuzzGenerator generator, FuzzSender sender, List<String> offenders,
      Map<String, Integer> statuses) {
    Semaphore slots = new Semaphore(IN_FLIGHT);
    ConcurrentLinkedQueue<String> found = new ConcurrentLinkedQueue<>();
    Map<String, AtomicInteger> counts = new java.util.concurrent.ConcurrentHashMap<>();
    List<CompletableFuture<Void>> sent = new ArrayList<>();
    Map<String, AtomicInteger> excused = new java.util.concurrent.ConcurrentHashMap<>();
    Map<String, java.util.concurrent.atomic.LongAdder> busy = new java.util.concurrent.ConcurrentHashMap<>();
    for (int i = 1; i <= REQUESTS; i++) {
      FuzzRequest request = generator.next(i);
      slots.acquireUninterruptibly();
      long start = System.nanoTime();
      sent.add(sender.send(request).thenAccept(answer -> {
        String what = request.operation() + " " + request.kind().replaceAll(":.*", "");
        busy.computeIfAbsent(what, k -> new java.util.concurrent.atomic.LongAdder())
            .add((System.nanoTime() - start) / 1_000_000);
        counts.computeIfAbsent(Integer.toString(answer.status()), k -> new AtomicInteger()).incrementAndGet();
        String fault = fault(request, answer);
        if (fault != null && fault.startsWith(EXCUSED)) {
          excused.computeIfAbsent(fault.substring(EXCUSED.length()), k -> new AtomicInteger()).incrementAndGet();
        } else if (fault != null) {
          found.add(fault + " <- " + request.describe() + " -> " + summary(answer));
        }
      }).whenComplete((ok, failure) -> slots.release()));
    }
    CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).join();
    excused.forEach((why, count) -> System.out.println("[fuzz] excused: " + count + "x " + why));
    busy.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue().sum(), a.getValue().sum())).limit(8)
        .forEach(e -> System.out.println("[fuzz] time spent waiting on " + e.getKey() + ": " + e.getValue().sum()
            + " ms"));
    offenders.addAll(found);
    counts.forEach((status, count) -> statuses.put(status, count.get()));
  }

  /** Each kind of fault once, with how often it happened and its first example. */
  private static void report(List<String> offenders) {
    Map<String, List<String>> byKind = new TreeMap<>();
    for (String line : offenders) {
      String key = line.replaceAll(" <- #\\d+ (\\S+) \\[([^:,]+)[:,].*$", " | $1 | $2");
      byKind.computeIfAbsent(key, k -> new ArrayList<>()).add(line);
    }
    byKind.forEach((kind, lines) -> System.out.println("[fuzz] " + lines.size() + "x " + kind + "\n[fuzz]    e.g. "
        + lines.get(0)));
  }

  /** What is wrong with this answer to this request, or null. */
  private static String fault(FuzzRequest request, FuzzSender.Answer answer) {
    if (answer.status() == 0) {
      // on broken framing (a bad chunk, say) the edge may close the connection instead of answering (RFC 9112)
      boolean framing = request.raw() != null && request.mustReject() && answer.error() != null
          && answer.error().startsWith("connection closed");
      return framing ? EXCUSED + "closed on broken framing" : "no answer (" + answer.error() + ")";
    }
    if (answer.status() == 501 && request.kind().startsWith("raw: unknown HTTP version")) {
      // Vert.x itself answers a version it does not speak, before any handler of the edge can
      return EXCUSED + "501 from Vert.x for a version that is not HTTP/1.x";
    }
    if (answer.status() >= 500) {
      return "server error " + answer.status();
    }
    if (answer.status() >= 400 && (answer.contentType() == null
        || !answer.contentType().startsWith("application/problem+json"))) {
      return answer.status() + " without problem+json";
    }
    if (request.mustReject() && answer.status() < 400) {
      return "accepted (" + answer.status() + ") although the contract forbids it";
    }
    return null;
  }

  private static String summary(FuzzSender.Answer answer) {
    String body = answer.body() == null ? "" : answer.body();
    return answer.status() + " " + answer.contentType() + " " + (body.length() > 200 ? body.substring(0, 200)
        : body);
  }

  private void assertHealthy() {
    assertThat(api.call("GET", "/health/ready", null, null).status()).as("edge ready").isEqualTo(200);
    var env = Shop.devstack().environmentOf("edge", Map.of());
    for (String service : SERVICES) {
      String url = env.required("BAZAAR_SERVICE_" + service.toUpperCase() + "_URL");
      assertThat(new Api(url).call("GET", "/health/ready", null, null).status()).as(service + " ready")
          .isEqualTo(200);
    }
  }

  private static JsonObject product(JsonObject page) {
    return new JsonObject().put("sku", page.getValue("sku")).put("name", page.getValue("name"))
        .put("description", page.getValue("description")).put("price", page.getValue("price"));
  }
}
