package org.bazaar.identity;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The e-mail rules: a plain ASCII address (local part, at sign, dotted domain with a letter TLD) of at most
 * 254 characters, compared and stored in lower case so that two spellings of one address are one account.
 */
public final class EmailAddress {

  public static final int MAX_LENGTH = 254;
  private static final Pattern FORMAT = Pattern.compile(
      "^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
          + "@([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}$");

  private EmailAddress() {
  }

  /** Trimmed and lower-cased: the form accounts are stored and looked up by. */
  public static String normalize(String email) {
    return email.trim().toLowerCase(Locale.ROOT);
  }

  /** Whether the (already normalized) address is acceptable for a new account. */
  public static boolean isValid(String email) {
    return email.length() <= MAX_LENGTH && email.indexOf('@') <= 64 && FORMAT.matcher(email).matches();
  }
}
