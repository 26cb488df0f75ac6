package org.bazaar.inventory;

import java.util.regex.Pattern;

/** What a SKU looks like: 1 to 64 letters, digits, dots, underscores or dashes, as the event schemas say. */
public final class Skus {

  private static final Pattern SKU = Pattern.compile("^[A-Za-z0-9._-]{1,64}$");

  private Skus() {
  }

  public static boolean isValid(String sku) {
    return sku != null && SKU.matcher(sku).matches();
  }
}
