package org.bazaar.identity;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** A registered account as the rest of the shop may see it (never with its password hash). */
public record Account(UUID id, String email, String name, List<String> roles, Instant createdAt) {

  public Account {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(createdAt, "createdAt");
    roles = List.copyOf(roles);
  }

  /** A new account with a fresh id, created at {@code now} (kept to the microsecond, as the database stores it). */
  public static Account open(String email, String name, List<String> roles, Instant now) {
    return new Account(UUID.randomUUID(), email, name, roles, now.truncatedTo(ChronoUnit.MICROS));
  }

  public boolean hasRole(String role) {
    return roles.contains(role);
  }
}
