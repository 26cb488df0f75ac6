package org.bazaar.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.bazaar.platform.validation.Fields;
import org.bazaar.platform.validation.InvalidInput;
import org.bazaar.platform.validation.Violation;

/** What a client signs in with: an e-mail address (normalized for look-up) and a password. */
public record Credentials(String email, String password) {

  @Override
  public String toString() {
    return "Credentials[email=" + email + "]";
  }

  /** Reads a sign-in body; only missing or non-text fields are rejected, anything else is checked against the store. */
  public static Credentials from(Map<String, Object> body) {
    List<Violation> violations = new ArrayList<>();
    String email = Fields.text("email", body.get("email"), violations);
    String password = Fields.text("password", body.get("password"), violations);
    if (email != null && email.isBlank()) {
      violations.add(new Violation("email", "must not be blank"));
    }
    if (password != null && (password.isEmpty() || password.length() > Registration.MAX_PASSWORD)) {
      violations.add(new Violation("password", "must be 1 to " + Registration.MAX_PASSWORD + " characters"));
    }
    if (!violations.isEmpty()) {
      throw new InvalidInput(violations);
    }
    return new Credentials(EmailAddress.normalize(email), password);
  }
}
