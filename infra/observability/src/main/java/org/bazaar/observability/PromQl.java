package org.bazaar.observability;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the metric names a PromQL expression selects. A small tokenizer rather than a parser: it skips strings,
 * comments, numbers and durations, range and subquery brackets, label matchers, the label lists of {@code by},
 * {@code without}, {@code on}, {@code ignoring}, {@code group_left} and {@code group_right}, function names (an
 * identifier followed by a parenthesis), operators and keywords, and Grafana variables ({@code $service},
 * {@code ${datasource}}, {@code $__rate_interval}). What is left are metric names; a {@code {__name__="..."}}
 * matcher counts as one too.
 */
public final class PromQl {

  private static final Set<String> KEYWORDS = Set.of("sum", "min", "max", "avg", "group", "stddev", "stdvar",
      "count", "count_values", "bottomk", "topk", "quantile", "limitk", "limit_ratio", "bool", "and", "or",
      "unless", "offset", "atan2", "inf", "nan");
  private static final Set<String> LABEL_LISTS = Set.of("by", "without", "on", "ignoring", "group_left",
      "group_right");
  private static final Pattern NAME_MATCHER = Pattern.compile("__name__\\s*=\\s*[\"']([^\"']+)[\"']");
  private static final Pattern LABEL_MATCHER = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)\\s*(=~|!~|!=|=)");
  private static final Pattern STRING = Pattern.compile("\"(\\\\.|[^\"\\\\])*\"|'(\\\\.|[^'\\\\])*'|`[^`]*`");

  private PromQl() {
  }

  /** A metric selected by an expression, with the label names its matchers name. */
  public record Selector(String metric, Set<String> labels) {
  }

  /** The metric names of {@code expression}, in the order they first appear. */
  public static Set<String> metricNames(String expression) {
    Set<String> names = new LinkedHashSet<>();
    selectors(expression).forEach(selector -> names.add(selector.metric()));
    return names;
  }

  /** Every metric selector of {@code expression}, in order. */
  public static List<Selector> selectors(String expression) {
    List<Selector> selectors = new ArrayList<>();
    String e = expression;
    int i = 0;
    while (i < e.length()) {
      char c = e.charAt(i);
      if (c == '#') {
        int end = e.indexOf('\n', i);
        i = end < 0 ? e.length() : end;
      } else if (c == '"' || c == '\'' || c == '`') {
        i = afterString(e, i);
      } else if (c == '{') {
        int end = closing(e, i);
        String matchers = e.substring(i + 1, end);
        Matcher name = NAME_MATCHER.matcher(matchers);
        while (name.find()) {
          selectors.add(new Selector(name.group(1), labelNames(matchers)));
        }
        i = end + 1;
      } else if (c == '[') {
        i = closing(e, i) + 1;
      } else if (c == '$') {
        i = afterVariable(e, i + 1);
      } else if (Character.isDigit(c) || c == '.' && i + 1 < e.length() && Character.isDigit(e.charAt(i + 1))) {
        i = afterNumber(e, i);
      } else if (isIdentifierStart(c)) {
        int end = i;
        while (end < e.length() && isIdentifierPart(e.charAt(end))) {
          end++;
        }
        String word = e.substring(i, end);
        int next = skipSpaces(e, end);
        boolean call = next < e.length() && e.charAt(next) == '(';
        String keyword = word.toLowerCase(Locale.ROOT);
        if (LABEL_LISTS.contains(keyword) && call) {
          i = closing(e, next) + 1;
        } else {
          i = end;
          if (!call && !KEYWORDS.contains(keyword)) {
            Set<String> labels = Set.of();
            if (next < e.length() && e.charAt(next) == '{') {
              int close = closing(e, next);
              labels = labelNames(e.substring(next + 1, close));
              i = close + 1;
            }
            selectors.add(new Selector(word, labels));
          }
        }
      } else {
        i++;
      }
    }
    return selectors;
  }

  /** The label names of a selector's matchers ({@code a="x", b=~"y"}), {@code __name__} left out. */
  private static Set<String> labelNames(String matchers) {
    Set<String> labels = new LinkedHashSet<>();
    Matcher label = LABEL_MATCHER.matcher(STRING.matcher(matchers).replaceAll("\"\""));
    while (label.find()) {
      if (!label.group(1).equals("__name__")) {
        labels.add(label.group(1));
      }
    }
    return labels;
  }

  private static boolean isIdentifierStart(char c) {
    return Character.isLetter(c) || c == '_' || c == ':';
  }

  private static boolean isIdentifierPart(char c) {
    return isIdentifierStart(c) || Character.isDigit(c);
  }

  private static int skipSpaces(String e, int from) {
    int i = from;
    while (i < e.length() && Character.isWhitespace(e.charAt(i))) {
      i++;
    }
    return i;
  }

  /** Numbers, hex numbers, exponents and durations such as 1.5e+3, 0x1f and 5m30s. */
  private static int afterNumber(String e, int from) {
    int i = from;
    while (i < e.length()) {
      char c = e.charAt(i);
      boolean exponentSign = (c == '+' || c == '-') && (e.charAt(i - 1) == 'e' || e.charAt(i - 1) == 'E')
          && !e.substring(from, i).startsWith("0x");
      if (Character.isLetterOrDigit(c) || c == '.' || c == '_' || exponentSign) {
        i++;
      } else {
        break;
      }
    }
    return i;
  }

  private static int afterVariable(String e, int from) {
    if (from < e.length() && e.charAt(from) == '{') {
      int end = e.indexOf('}', from);
      return end < 0 ? e.length() : end + 1;
    }
    int i = from;
    while (i < e.length() && isIdentifierPart(e.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int afterString(String e, int from) {
    char quote = e.charAt(from);
    int i = from + 1;
    while (i < e.length() && e.charAt(i) != quote) {
      i += e.charAt(i) == '\\' && quote != '`' ? 2 : 1;
    }
    return Math.min(i + 1, e.length());
  }

  /** The index of the bracket closing the one at {@code open}, or the end of the expression if none does. */
  private static int closing(String e, int open) {
    char opening = e.charAt(open);
    char closing = opening == '{' ? '}' : opening == '[' ? ']' : ')';
    int depth = 0;
    int i = open;
    while (i < e.length()) {
      char c = e.charAt(i);
      if (c == '"' || c == '\'' || c == '`') {
        i = afterString(e, i);
        continue;
      }
      if (c == opening) {
        depth++;
      } else if (c == closing && --depth == 0) {
        return i;
      }
      i++;
    }
    return e.length();
  }
}
