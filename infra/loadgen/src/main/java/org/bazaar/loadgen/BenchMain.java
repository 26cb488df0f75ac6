package org.bazaar.loadgen;

/** {@code ./bazaar bench [--quick] [--url ...]}: runs a benchmark and writes its report. */
public final class BenchMain {

  private BenchMain() {
  }

  public static void main(String[] args) throws Exception {
    BenchOptions options;
    try {
      options = BenchOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    long started = System.nanoTime();
    new Bench(options, line -> {
      System.out.println(line);
      System.out.flush();
    }).run();
    System.out.printf("bench finished in %d s%n", (System.nanoTime() - started) / 1_000_000_000L);
    System.exit(0);
  }
}
