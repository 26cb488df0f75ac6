package org.bazaar.platform.validation;

/** One invalid input field and what is wrong with it, such as {@code items[2].quantity} "is required". */
public record Violation(String field, String message) {
}
