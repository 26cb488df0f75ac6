package org.bazaar.devstack;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line of one process of the process devstack: this JVM's {@code java} with lean flags (serial GC,
 * small stacks, one client compiler thread, a heap sized to its live data) so thirteen JVMs fit a two-core
 * laptop. The class path goes in the environment ({@link #CLASS_PATH}), which keeps the command line short
 * enough to show the main class.
 */
final class JvmCommand {

  static final String CLASS_PATH = "CLASSPATH";

  private JvmCommand() {
  }

  static List<String> of(String mainClass, int heapMegabytes) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-XX:+UseSerialGC");
    command.add("-Xss512k");
    // a heap that grows only as far as the live data needs, with a smaller young generation: the idle
    // resident size follows what is live instead of a 32 MB floor
    command.add("-Xms8m");
    command.add("-Xmx" + heapMegabytes + "m");
    command.add("-XX:NewRatio=4");
    command.add("-XX:MinHeapFreeRatio=10");
    command.add("-XX:MaxHeapFreeRatio=30");
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-XX:CICompilerCount=1");
    command.add("-XX:ReservedCodeCacheSize=64m");
    if (trimsNativeHeap(Runtime.version())) {
      // hands freed malloc memory back to the OS every 5 s (identity's hashing frees the most); the flag is
      // experimental in the first updates that have it
      command.add("-XX:+UnlockExperimentalVMOptions");
      command.add("-XX:TrimNativeHeapInterval=5000");
    }
    command.add("-XX:+ExitOnOutOfMemoryError");
    // Netty's buffer events for Flight Recorder load its event machinery into every JVM (1–3 MiB each)
    command.add("-Dio.netty.jfr.enabled=false");
    // one JSON object a line on stdout, which the supervisor appends to logs/<name>.log
    command.add("-Dlog4j2.configurationFile=classpath:log4j2.xml");
    // log4j keeps logging until the service's own shutdown hook has stopped it
    command.add("-Dlog4j2.shutdownHookEnabled=false");
    command.add(mainClass);
    return command;
  }

  /** The flag came with 17.0.9, 21.0.1 and 22; a JVM without it refuses to start. */
  static boolean trimsNativeHeap(Runtime.Version version) {
    return version.feature() >= 22 || version.feature() == 21 && version.update() >= 1
        || version.feature() == 17 && version.update() >= 9;
  }

  /** This JVM's class path, which holds every service, the broker and the test doubles. */
  static String classPath() {
    return System.getProperty("java.class.path");
  }
}
