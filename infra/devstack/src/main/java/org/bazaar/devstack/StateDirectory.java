package org.bazaar.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** The one directory that holds the devstack's state (Kafka's log, token keys); {@code --fresh} empties it. */
record StateDirectory(Path root) {

  static StateDirectory prepare(Path root, boolean fresh) {
    try {
      if (fresh && Files.exists(root)) {
        try (Stream<Path> paths = Files.walk(root)) {
          paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
      }
      Files.createDirectories(root);
      return new StateDirectory(root);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Path kafka() {
    return root.resolve("kafka");
  }
}
