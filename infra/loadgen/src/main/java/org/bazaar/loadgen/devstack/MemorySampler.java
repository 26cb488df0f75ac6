package org.bazaar.loadgen.devstack;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Samples the RSS of some processes twice a second while load runs and keeps each one's peak. */
public final class MemorySampler implements AutoCloseable {

  private final Map<String, Long> pids;
  private final Map<String, Long> peaks = new ConcurrentHashMap<>();
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread thread = new Thread(r, "rss-sampler");
    thread.setDaemon(true);
    return thread;
  });

  public MemorySampler(Map<String, Long> pids) {
    this.pids = Map.copyOf(pids);
    timer.scheduleAtFixedRate(this::sample, 0, 500, TimeUnit.MILLISECONDS);
  }

  /** The RSS of each process now, in bytes. */
  public static Map<String, Long> now(Map<String, Long> pids) {
    Map<String, Long> rss = new TreeMap<>();
    pids.forEach((name, pid) -> ProcessMemory.rssBytes(pid).ifPresent(bytes -> rss.put(name, bytes)));
    return rss;
  }

  private void sample() {
    now(pids).forEach((name, bytes) -> peaks.merge(name, bytes, Math::max));
  }

  public Map<String, Long> peaks() {
    sample();
    return new TreeMap<>(peaks);
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
