package org.bazaar.reviews;

/**
 * The name shown as a review's author: the user's registered name (at most 100 characters), or a neutral
 * stand-in while the user's registration has not reached this service yet.
 */
public final class Author {

  public static final String UNKNOWN = "a customer";
  public static final int MAX_LENGTH = 100;

  private Author() {
  }

  /** The author for a user whose registered name is {@code name}, or {@link #UNKNOWN} when there is none. */
  public static String of(String name) {
    if (name == null || name.isBlank()) {
      return UNKNOWN;
    }
    String trimmed = name.strip();
    if (trimmed.codePointCount(0, trimmed.length()) <= MAX_LENGTH) {
      return trimmed;
    }
    return trimmed.substring(0, trimmed.offsetByCodePoints(0, MAX_LENGTH)).strip();
  }

  /**
   * What a stored review shows: the registered name once it is known, else what was stored when it was posted
   * (a review posted before the user's registration arrived was stored with {@link #UNKNOWN}).
   */
  public static String shown(String stored, String registeredName) {
    return registeredName == null ? stored : of(registeredName);
  }
}
