package org.bazaar.orders;

/** One invalid field of a request: where ({@code items[2].quantity}) and what is wrong. */
public record Violation(String field, String message) {
}
