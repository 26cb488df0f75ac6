package org.bazaar.charttests;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Finds what the Kubernetes model could not place: every field a rendered object has that its kind does not
 * define ends up in a model object's "additional properties" (a misspelt {@code contianers:}, a key at the wrong
 * level). Wrong scalar types already fail deserialisation.
 */
final class UnknownFields {

  private UnknownFields() {
  }

  static List<String> in(Object object) {
    List<String> found = new ArrayList<>();
    walk(object, "", found);
    return found;
  }

  private static void walk(Object value, String path, List<String> found) {
    if (value == null) {
      return;
    }
    if (value instanceof Map<?, ?> map) {
      map.forEach((k, v) -> walk(v, path + "." + k, found));
      return;
    }
    if (value instanceof Collection<?> items) {
      int i = 0;
      for (Object item : items) {
        walk(item, path + "[" + i++ + "]", found);
      }
      return;
    }
    if (!value.getClass().getName().startsWith("io.fabric8.")) {
      return;
    }
    for (Method getter : value.getClass().getMethods()) {
      if (Modifier.isStatic(getter.getModifiers()) || getter.getParameterCount() != 0
          || !getter.getName().startsWith("get") || getter.getDeclaringClass() == Object.class) {
        continue;
      }
      Object child;
      try {
        child = getter.invoke(value);
      } catch (ReflectiveOperationException | RuntimeException e) {
        continue; // derived getters (a Quantity's numerical amount) may refuse odd values; the raw field is walked
      }
      String name = getter.getName().substring(3);
      if (name.equals("AdditionalProperties")) {
        if (child instanceof Map<?, ?> extra && !extra.isEmpty()) {
          found.add((path.isEmpty() ? "" : path) + " " + extra.keySet());
        }
      } else {
        walk(child, path + "." + Character.toLowerCase(name.charAt(0)) + name.substring(1), found);
      }
    }
  }
}
