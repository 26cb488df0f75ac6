package org.bazaar.loadgen.devstack;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds the processes of a running shop, named by their main class: the devstack's one JVM today, or one
 * process per service. With the process we started, it and its descendants; otherwise every Java process
 * whose main class is a Bazaar {@code ...Main} (the generator and its reference server excluded).
 */
public final class ShopProcesses {

  private static final Pattern MAIN = Pattern.compile("org\\.bazaar\\.[a-z.]+\\.([A-Za-z]+)Main\\b");

  private ShopProcesses() {
  }

  /** Name → pid. */
  public static Map<String, Long> find(ProcessHandle started) {
    Stream<ProcessHandle> candidates = started != null
        ? Stream.concat(Stream.of(started), started.descendants())
        : ProcessHandle.allProcesses();
    long self = ProcessHandle.current().pid();
    Map<String, Long> found = new LinkedHashMap<>();
    candidates.filter(p -> p.pid() != self && p.isAlive()).forEach(process -> {
      Matcher main = MAIN.matcher(ProcessMemory.commandLine(process.pid()));
      if (main.find() && !main.group(0).contains(".loadgen.")) {
        String name = main.group(1).toLowerCase();
        found.put(found.containsKey(name) ? name + "-" + process.pid() : name, process.pid());
      }
    });
    return found;
  }
}
