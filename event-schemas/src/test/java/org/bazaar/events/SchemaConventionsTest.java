package org.bazaar.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SchemaConventionsTest {

  private final Map<String, JsonObject> schemas = SchemaTree.schemas(SchemaTree.SCHEMAS);

  @Test
  void everySchema_isDraft202012_withAnIdMatchingItsPath() {
    schemas.forEach((file, schema) -> {
      assertThat(schema.getString("$schema")).as(file).isEqualTo("https://json-schema.org/draft/2020-12/schema");
      assertThat(schema.getString("$id")).as(file).isEqualTo(SchemaPaths.BASE_URI + file);
      assertThat(schema.getString("description")).as(file).isNotBlank();
    });
  }

  @Test
  void everyEventSchema_isAnObject_whoseRequiredPropertiesAreDefined() {
    schemas.entrySet().stream().filter(entry -> SchemaTree.isEventSchema(entry.getKey())).forEach(entry -> {
      JsonObject schema = entry.getValue();
      assertThat(schema.getString("type")).as(entry.getKey()).isEqualTo("object");
      JsonArray required = schema.getJsonArray("required");
      assertThat(required).as(entry.getKey() + " required").isNotEmpty();
      assertThat(schema.getJsonObject("properties").fieldNames()).as(entry.getKey()).containsAll(required.stream().map(String.class::cast).toList());
    });
  }

  @Test
  void everyProperty_hasADescription_andNoObjectForbidsAdditionalProperties() {
    List<String> problems = new ArrayList<>();
    schemas.forEach((file, schema) -> inspect(file + "#", schema, problems));
    assertThat(problems).isEmpty();
  }

  @Test
  void everyExternalRef_isRelative_andPointsToASchemaFile() {
    List<String> refs = new ArrayList<>();
    schemas.forEach((file, schema) -> collectRefs(file, schema, refs));
    assertThat(refs).isNotEmpty().allSatisfy(entry -> {
      String[] parts = entry.split(" -> ");
      assertThat(parts[1]).as(entry).doesNotStartWith("http");
      String target = URI.create(SchemaPaths.BASE_URI + parts[0]).resolve(parts[1]).toString();
      assertThat(schemas).as(entry).containsKey(target.substring(SchemaPaths.BASE_URI.length()));
    });
  }

  private static void inspect(String path, JsonObject schema, List<String> problems) {
    if (Boolean.FALSE.equals(schema.getValue("additionalProperties"))) {
      problems.add(path + " sets additionalProperties to false");
    }
    JsonObject properties = schema.getJsonObject("properties", new JsonObject());
    properties.forEach(entry -> {
      JsonObject property = (JsonObject) entry.getValue();
      if (property.getString("description", "").isBlank()) {
        problems.add(path + "/" + entry.getKey() + " has no description");
      }
      inspect(path + "/" + entry.getKey(), property, problems);
    });
    if (schema.getValue("items") instanceof JsonObject items) {
      inspect(path + "[]", items, problems);
    }
    schema.getJsonObject("$defs", new JsonObject())
        .forEach(entry -> inspect(path + "/$defs/" + entry.getKey(), (JsonObject) entry.getValue(), problems));
  }

  private static void collectRefs(String file, Object node, List<String> refs) {
    if (node instanceof JsonObject object) {
      object.forEach(entry -> {
        if ("$ref".equals(entry.getKey()) && !((String) entry.getValue()).startsWith("#")) {
          refs.add(file + " -> " + entry.getValue());
        }
        collectRefs(file, entry.getValue(), refs);
      });
    } else if (node instanceof JsonArray array) {
      array.forEach(item -> collectRefs(file, item, refs));
    }
  }
}
