package org.bazaar.catalog;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.bazaar.platform.validation.Fields;
import org.bazaar.platform.validation.Violation;

/** The field rules shared by creating and changing a product; each check adds its violations to a list. */
final class ProductRules {

  static final Pattern SKU = Pattern.compile("^[A-Za-z0-9._-]{1,64}$");
  static final int MAX_NAME = 200;
  static final int MAX_DESCRIPTION = 4000;

  private ProductRules() {
  }

  static String sku(Object value, List<Violation> violations) {
    String sku = Fields.text("sku", value, violations);
    if (sku != null && !SKU.matcher(sku).matches()) {
      violations.add(new Violation("sku", "must be 1 to 64 letters, digits, dots, underscores or hyphens"));
      return null;
    }
    return sku;
  }

  static String name(Object value, List<Violation> violations) {
    String name = Fields.text("name", value, violations);
    if (name == null) {
      return null;
    }
    name = name.strip();
    if (name.isEmpty() || name.length() > MAX_NAME) {
      violations.add(new Violation("name", "must be 1 to " + MAX_NAME + " characters"));
      return null;
    }
    return name;
  }

  static String description(Object value, List<Violation> violations) {
    String description = Fields.text("description", value, violations);
    if (description != null && description.length() > MAX_DESCRIPTION) {
      violations.add(new Violation("description", "must be at most " + MAX_DESCRIPTION + " characters"));
      return null;
    }
    return description;
  }

  /** A price object whose amount is a whole number of minor units, at least 0, in the shop's currency. */
  static Price price(Object value, String shopCurrency, List<Violation> violations) {
    if (!(value instanceof Map<?, ?> price)) {
      violations.add(new Violation("price", value == null ? "is required" : "must be an object {amount, currency}"));
      return null;
    }
    Object amount = price.get("amount");
    Object currency = price.get("currency");
    int before = violations.size();
    long minor = 0;
    if (amount instanceof Integer || amount instanceof Long || amount instanceof Short || amount instanceof Byte) {
      minor = ((Number) amount).longValue();
      if (minor < 0) {
        violations.add(new Violation("price.amount", "must not be negative"));
      }
    } else if (amount instanceof BigInteger) {
      violations.add(new Violation("price.amount", "is too large"));
    } else {
      violations.add(new Violation("price.amount", amount == null ? "is required" : "must be a whole number of minor units"));
    }
    if (!shopCurrency.equals(currency)) {
      violations.add(new Violation("price.currency", "must be " + shopCurrency));
    }
    return violations.size() == before ? new Price(minor, shopCurrency) : null;
  }
}
