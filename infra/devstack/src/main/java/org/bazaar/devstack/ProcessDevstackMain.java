package org.bazaar.devstack;

import java.util.List;
import java.util.concurrent.CountDownLatch;

import org.bazaar.platform.config.Env;

/** {@code ./bazaar up --processes [--fresh]}: one JVM per part of the shop, in the foreground until Ctrl-C. */
public final class ProcessDevstackMain {

  private ProcessDevstackMain() {
  }

  public static void main(String[] args) throws InterruptedException {
    List<String> flags = List.of(args);
    for (String flag : flags) {
      if (!flag.equals("--fresh") && !flag.equals("--processes")) {
        System.err.println("unknown option " + flag + "; usage: bazaar up --processes [--fresh]");
        System.exit(2);
      }
    }
    DevstackSettings settings = DevstackSettings.from(Env.system(), flags.contains("--fresh"));
    long started = System.nanoTime();
    say((settings.fresh() ? "starting Bazaar from empty state, one process per service, in "
        : "starting Bazaar, one process per service (state in ") + settings.stateDir() + (settings.fresh() ? "" : ")"));
    ProcessDevstack devstack = new ProcessDevstack(settings, line -> say("  " + line));
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      say("stopping Bazaar...");
      devstack.close();
      say("stopped.");
      stopped.countDown();
    }, "devstack-shutdown"));
    try {
      devstack.start();
    } catch (RuntimeException | Error e) {
      say("Bazaar could not start: " + e.getMessage());
      System.exit(1);
    }
    say("");
    say("Bazaar is up in " + (System.nanoTime() - started) / 1_000_000 + " ms, one process per service");
    say("  edge:   " + devstack.edgeUrl() + "   (OpenAPI: " + devstack.edgeUrl() + "/api/v1/openapi.yaml)");
    say("  admin:  " + settings.adminEmail() + " / " + settings.adminPassword());
    say("  kafka:  " + devstack.bootstrapServers());
    say("  mail:   SMTP sink on 127.0.0.1:" + devstack.smtpPort() + ", one line per mail in "
        + settings.stateDir().resolve("logs/" + ProcessDevstack.MAIL_SINK + ".log"));
    say("  logs:   " + settings.stateDir().resolve("logs") + "/<name>.log, pids in "
        + settings.stateDir().resolve("pids"));
    say("  kill -9 a pid to crash that part alone; the rest keeps running.");
    say("Press Ctrl-C to stop.");
    stopped.await();
  }

  private static void say(String line) {
    System.out.println(line);
    System.out.flush();
  }
}
