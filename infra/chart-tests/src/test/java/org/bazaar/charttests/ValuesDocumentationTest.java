package org.bazaar.charttests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** values.yaml documents every value: the comment block right above each key starts with the key's full name. */
class ValuesDocumentationTest {

  private static final Pattern KEY = Pattern.compile("^( *)([A-Za-z0-9_.-]+):( .*)?$");

  @Test
  void everyKey_hasACommentStartingWithItsName() {
    List<String> undocumented = new ArrayList<>();
    Deque<int[]> indents = new ArrayDeque<>();
    Deque<String> names = new ArrayDeque<>();
    String previous = "";
    int listIndent = -1;
    for (String line : Chart.source("values.yaml").lines().toList()) {
      String stripped = line.strip();
      int indent = line.length() - line.stripLeading().length();
      if (stripped.isEmpty()) {
        previous = ""; // a blank line ends a comment block
        continue;
      }
      if (listIndent >= 0 && indent > listIndent) {
        continue; // inside a list item: examples of a value, documented by the list's own comment
      }
      listIndent = -1;
      if (stripped.startsWith("- ")) {
        listIndent = indent;
        previous = "";
        continue;
      }
      if (stripped.startsWith("#")) {
        previous = previous.startsWith("#") ? previous : stripped; // a comment block counts from its first line
        continue;
      }
      Matcher key = KEY.matcher(line);
      if (!key.matches()) {
        continue;
      }
      while (!indents.isEmpty() && indents.peek()[0] >= indent) {
        indents.pop();
        names.pop();
      }
      List<String> path = new ArrayList<>(names);
      java.util.Collections.reverse(path);
      path.add(key.group(2));
      String name = String.join(".", path);
      if (!previous.startsWith("# " + name + " -- ")) {
        undocumented.add(name + " (comment above: '" + previous + "')");
      }
      indents.push(new int[] {indent});
      names.push(key.group(2));
      previous = "";
    }
    assertThat(undocumented).isEmpty();
  }

  @Test
  void everyTopLevelValue_isInTheSchema() {
    String schema = Chart.source("values.schema.json");
    Values.of(Chart.DEFAULTS).root().keySet().forEach(key -> assertThat(schema).contains("\"" + key + "\""));
    assertThat(schema).contains("\"additionalProperties\": false");
  }
}
