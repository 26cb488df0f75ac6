package org.bazaar.loadgen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The report's History section: one table row per run, kept from the previous report at the same path, so the
 * effect of each change stays visible next to the latest figures.
 */
final class History {

  static final String HEADING = "## History";
  static final String HEADER = "| Date (UTC) | Commit | Profile | Product page max | Order p50 / p99 at 100/s "
      + "| Orders/s at p99 < 1 s | Outbox p99 | Idle RSS (devstack) | Ready | Note |\n"
      + "|---|---|---|---|---|---|---|---|---|---|\n";

  private History() {
  }

  /** The rows of the report already at {@code report}, oldest first. */
  static List<String> previousRows(Path report) throws IOException {
    List<String> rows = new ArrayList<>();
    if (!Files.exists(report)) {
      return rows;
    }
    boolean inHistory = false;
    for (String line : Files.readAllLines(report)) {
      if (line.startsWith("## ")) {
        inHistory = line.equals(HEADING);
      } else if (inHistory && line.startsWith("| 2")) {
        rows.add(line);
      }
    }
    return rows;
  }
}
