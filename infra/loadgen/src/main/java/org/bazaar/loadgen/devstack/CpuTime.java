package org.bazaar.loadgen.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * CPU time used so far by groups of processes and by the whole machine, read from {@code /proc} (Linux): the
 * shop's processes, Postgres's, the load generator's own, and every core's busy time. Two readings a step apart
 * tell where a step's CPU went.
 */
public final class CpuTime {

  /** USER_HZ, the unit of {@code /proc} CPU times: 100 on every Linux ABI the bench runs on. */
  static final double TICKS_PER_SECOND = 100;

  public static final String SHOP = "shop (services, broker, simulator, mail sink)";
  public static final String POSTGRES = "Postgres";
  public static final String GENERATOR = "load generator";
  public static final String MACHINE = "machine (all cores busy)";
  public static final List<String> GROUPS = List.of(SHOP, POSTGRES, GENERATOR, MACHINE);

  private CpuTime() {
  }

  /** CPU seconds used so far by each group; a group whose processes cannot be read is left out. */
  public static Map<String, Double> now(Collection<Long> shopPids) {
    Map<String, Double> seconds = new LinkedHashMap<>();
    if (!shopPids.isEmpty()) {
      seconds.put(SHOP, seconds(shopPids.stream().mapToLong(pid -> ticks(pid).orElse(0)).sum()));
    }
    long postgres = ProcessHandle.allProcesses()
        .filter(p -> p.info().command().map(c -> c.endsWith("/postgres") || c.equals("postgres")).orElse(false))
        .mapToLong(p -> ticks(p.pid()).orElse(0)).sum();
    if (postgres > 0) {
      seconds.put(POSTGRES, seconds(postgres));
    }
    ticks(ProcessHandle.current().pid()).ifPresent(t -> seconds.put(GENERATOR, seconds(t)));
    machineBusyTicks().ifPresent(t -> seconds.put(MACHINE, seconds(t)));
    return seconds;
  }

  /** What each group used between two readings, in seconds. */
  public static Map<String, Double> between(Map<String, Double> before, Map<String, Double> after) {
    Map<String, Double> used = new LinkedHashMap<>();
    after.forEach((group, seconds) -> {
      if (before.containsKey(group)) {
        used.put(group, Math.max(0, seconds - before.get(group)));
      }
    });
    return used;
  }

  /** User plus system time of one process, in ticks. */
  static OptionalLong ticks(long pid) {
    try {
      return OptionalLong.of(processTicks(Files.readString(Path.of("/proc", Long.toString(pid), "stat"))));
    } catch (IOException | RuntimeException e) {
      return OptionalLong.empty();
    }
  }

  /** utime + stime from a {@code /proc/<pid>/stat} line; the command in parentheses may hold spaces. */
  static long processTicks(String stat) {
    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
    // fields now start at the state, the 3rd field: utime and stime are the 14th and 15th
    return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
  }

  /** Busy time of every core together, from the first line of {@code /proc/stat}. */
  static OptionalLong machineBusyTicks() {
    try {
      return OptionalLong.of(busyTicks(Files.readAllLines(Path.of("/proc/stat")).get(0)));
    } catch (IOException | RuntimeException e) {
      return OptionalLong.empty();
    }
  }

  /** user + nice + system + irq + softirq + steal of a {@code cpu} line (idle and iowait left out). */
  static long busyTicks(String cpuLine) {
    String[] f = cpuLine.trim().split("\\s+");
    long busy = 0;
    for (int i : new int[] {1, 2, 3, 6, 7, 8}) {
      busy += i < f.length ? Long.parseLong(f[i]) : 0;
    }
    return busy;
  }

  private static double seconds(long ticks) {
    return ticks / TICKS_PER_SECOND;
  }
}
