package org.bazaar.catalog;

/** One invalid input field and what is wrong with it. */
public record Violation(String field, String message) {
}
