package org.bazaar.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.bazaar.platform.validation.Fields;
import org.bazaar.platform.validation.InvalidInput;
import org.bazaar.platform.validation.Violation;

/**
 * A validated request to open an account. Only email, password and name are read; any other field (such
 * as {@code roles}) is ignored, so a client can never choose its own roles.
 */
public record Registration(String email, String password, String name) {

  public static final int MIN_PASSWORD = 8;
  public static final int MAX_PASSWORD = 1024;
  public static final int MAX_NAME = 100;

  @Override
  public String toString() {
    return "Registration[email=" + email + ", name=" + name + "]";
  }

  /** Reads and checks a request body; throws {@link InvalidInput} listing every bad field. */
  public static Registration from(Map<String, Object> body) {
    List<Violation> violations = new ArrayList<>();
    String email = Fields.text("email", body.get("email"), violations);
    String password = Fields.text("password", body.get("password"), violations);
    String name = Fields.text("name", body.get("name"), violations);
    if (email != null) {
      email = EmailAddress.normalize(email);
      if (!EmailAddress.isValid(email)) {
        violations.add(new Violation("email", "must be a valid e-mail address"));
      }
    }
    if (password != null && (password.length() < MIN_PASSWORD || password.length() > MAX_PASSWORD)) {
      violations.add(new Violation("password", "must be " + MIN_PASSWORD + " to " + MAX_PASSWORD + " characters"));
    }
    if (name != null) {
      name = name.strip();
      if (name.isEmpty() || name.length() > MAX_NAME) {
        violations.add(new Violation("name", "must be 1 to " + MAX_NAME + " characters"));
      }
    }
    if (!violations.isEmpty()) {
      throw new InvalidInput(violations);
    }
    return new Registration(email, password, name);
  }
}
