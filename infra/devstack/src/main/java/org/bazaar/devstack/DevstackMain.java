package org.bazaar.devstack;

import java.util.List;
import java.util.concurrent.CountDownLatch;

import org.bazaar.platform.config.Env;

/** {@code ./bazaar up [--fresh]}: starts the shop in the foreground until Ctrl-C. */
public final class DevstackMain {

  private DevstackMain() {
  }

  public static void main(String[] args) throws InterruptedException {
    List<String> flags = List.of(args);
    for (String flag : flags) {
      if (!flag.equals("--fresh")) {
        System.err.println("unknown option " + flag + "; usage: bazaar up [--fresh]");
        System.exit(2);
      }
    }
    DevstackSettings settings = DevstackSettings.from(Env.system(), flags.contains("--fresh"));
    long started = System.nanoTime();
    say(settings.fresh() ? "starting Bazaar from empty state in " + settings.stateDir()
        : "starting Bazaar (state in " + settings.stateDir() + ")");
    Devstack devstack = new Devstack(settings, line -> say("  " + line));
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      say("stopping Bazaar...");
      devstack.close();
      say("stopped.");
      org.apache.logging.log4j.LogManager.shutdown();
      stopped.countDown();
    }, "devstack-shutdown"));
    try {
      devstack.start();
    } catch (RuntimeException | Error e) {
      say("Bazaar could not start: " + e);
      System.exit(1);
    }
    say("");
    say("Bazaar is up in " + (System.nanoTime() - started) / 1_000_000 + " ms");
    say("  edge:   " + devstack.edgeUrl() + "   (OpenAPI: " + devstack.edgeUrl() + "/api/v1/openapi.yaml)");
    say("  admin:  " + settings.adminEmail() + " / " + settings.adminPassword());
    say("  kafka:  " + devstack.bootstrapServers());
    say("  mail:   SMTP sink on 127.0.0.1:" + devstack.mailSink().port() + ", every mail in "
        + settings.stateDir().resolve("logs/mail.log"));
    say("  logs:   " + settings.stateDir().resolve("logs/bazaar.log"));
    MailLog mails = new MailLog(devstack.mailSink(), settings.stateDir().resolve("logs/mail.log"),
        line -> say("  " + line));
    say("Press Ctrl-C to stop.");
    stopped.await();
    mails.close();
  }

  private static void say(String line) {
    System.out.println(line);
    System.out.flush();
  }
}
