package org.bazaar.devstack;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line of one process of the process devstack: this JVM's {@code java} with lean flags (serial GC,
 * small stacks, client compiler, a small heap) so thirteen JVMs fit a two-core laptop. The class path goes in
 * the environment ({@link #CLASS_PATH}), which keeps the command line short enough to show the main class.
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
    command.add("-Xms32m");
    command.add("-Xmx" + heapMegabytes + "m");
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-XX:ReservedCodeCacheSize=64m");
    command.add("-XX:+ExitOnOutOfMemoryError");
    // one JSON object a line on stdout, which the supervisor appends to logs/<name>.log
    command.add("-Dlog4j2.configurationFile=classpath:log4j2.xml");
    // log4j keeps logging until the service's own shutdown hook has stopped it
    command.add("-Dlog4j2.shutdownHookEnabled=false");
    command.add(mainClass);
    return command;
  }

  /** This JVM's class path, which holds every service, the broker and the test doubles. */
  static String classPath() {
    return System.getProperty("java.class.path");
  }
}
