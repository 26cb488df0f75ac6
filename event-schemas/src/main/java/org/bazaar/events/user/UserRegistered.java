package org.bazaar.events.user;

import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.bazaar.events.EventPayload;
import org.bazaar.events.EventTypes;
import org.bazaar.events.common.JsonFields;

/** Payload of {@code org.bazaar.user.registered.v1}: a shopper created an account. */
public record UserRegistered(
    UUID userId,
    String email,
    String name,
    Instant registeredAt) implements EventPayload {

  public static final String TYPE = EventTypes.USER_REGISTERED_V1;

  public UserRegistered {
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(registeredAt, "registeredAt");
  }

  /** Reads a payload, ignoring fields this version does not know. */
  public static UserRegistered fromJson(JsonObject json) {
    return new UserRegistered(
        JsonFields.uuid(json, "userId"),
        json.getString("email"),
        json.getString("name"),
        JsonFields.instant(json, "registeredAt"));
  }

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public String key() {
    return userId.toString();
  }

  @Override
  public JsonObject toJson() {
    JsonObject json = new JsonObject();
    json.put("userId", userId.toString());
    json.put("email", email);
    json.put("name", name);
    json.put("registeredAt", registeredAt.toString());
    return json;
  }
}
