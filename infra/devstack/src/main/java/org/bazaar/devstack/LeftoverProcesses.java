package org.bazaar.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Stops the processes an earlier process devstack left running (its supervisor was killed, so nobody stopped
 * them), found through the pid files in the state directory. A pid is trusted only if it still runs Bazaar.
 */
final class LeftoverProcesses {

  private LeftoverProcesses() {
  }

  static void stop(Path stateDir, Consumer<String> progress) {
    Path pids = stateDir.resolve("pids");
    if (!Files.isDirectory(pids)) {
      return;
    }
    try (Stream<Path> files = Files.list(pids)) {
      files.filter(file -> file.toString().endsWith(".pid")).forEach(file -> {
        pid(file).flatMap(ProcessHandle::of).filter(LeftoverProcesses::runsBazaar).ifPresent(process -> {
          progress.accept("stopping " + file.getFileName() + " (pid " + process.pid() + ") left from an earlier run");
          process.destroyForcibly();
          process.onExit().join();
        });
        try {
          Files.delete(file);
        } catch (IOException e) {
          // the next start overwrites it
        }
      });
    } catch (IOException e) {
      progress.accept("cannot read " + pids + ": " + e.getMessage());
    }
  }

  private static Optional<Long> pid(Path file) {
    try {
      return Optional.of(Long.parseLong(Files.readString(file).trim()));
    } catch (IOException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static boolean runsBazaar(ProcessHandle process) {
    return process.isAlive() && process.info().commandLine().map(line -> line.contains("org.bazaar.")).orElse(false);
  }
}
