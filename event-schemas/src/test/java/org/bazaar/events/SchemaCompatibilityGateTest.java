package org.bazaar.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The build-time gate: the current schemas stay compatible with their released revisions, every schema
 * is known and described, and every fixture says what it claims.
 */
@DisplayName("Schema compatibility gate")
class SchemaCompatibilityGateTest {

  private static final String HOW_TO_ACCEPT =
      "\nA compatible change is accepted by copying the schema (and its fixtures) from schemas/ to released/;"
          + " a breaking change needs a new major version (see event-schemas/README.md).";

  private final Map<String, JsonObject> current = SchemaTree.schemas(SchemaTree.SCHEMAS);
  private final Map<String, JsonObject> released = SchemaTree.schemas(SchemaTree.RELEASED);
  private final EventSchemas schemas = EventSchemas.load();

  @Test
  void currentSchemas_haveNoBreakingChange_againstTheirReleasedRevision() {
    List<String> problems = new ArrayList<>();
    released.forEach((file, lock) -> {
      JsonObject candidate = current.get(file);
      if (candidate != null) {
        SchemaCompatibility.breakingChanges(lock, candidate).forEach(change -> problems.add(file + " " + change));
      }
    });
    assertThat(problems).as("breaking changes" + HOW_TO_ACCEPT).isEmpty();
  }

  @Test
  void releasedSchemas_areNeverDeleted() {
    assertThat(current.keySet()).as("released schemas missing from schemas/").containsAll(released.keySet());
  }

  @Test
  void everySchema_isLockedInReleased() {
    Set<String> unlocked = new TreeSet<>(current.keySet());
    unlocked.removeAll(released.keySet());
    assertThat(unlocked).as("schemas without a released copy" + HOW_TO_ACCEPT).isEmpty();
  }

  @Test
  void everySchemaFile_isAKnownEventType_describedInAsyncApi() {
    Set<String> described = AsyncApiDocument.load().messages().values().stream()
        .map(message -> (String) message.get("name")).collect(Collectors.toSet());
    Set<String> types = current.keySet().stream().filter(SchemaTree::isEventSchema)
        .map(SchemaTree::typeOf).collect(Collectors.toCollection(TreeSet::new));
    assertThat(EventTypes.all()).as("schema types missing from EventTypes").containsAll(types);
    assertThat(described).as("schema types missing from asyncapi.yaml").containsAll(types);
  }

  @Test
  void everyEventType_hasASchemaFile_inItsContextFolder() {
    for (String type : EventTypes.all()) {
      assertThat(current).as("schema of " + type).containsKey(SchemaPaths.fileOf(type));
    }
  }

  @Test
  void everyFixture_currentAndReleased_validatesAgainstTheCurrentSchema() {
    List<String> failures = new ArrayList<>();
    Map<String, JsonObject> fixtures = SchemaTree.fixtures(SchemaTree.SCHEMAS);
    SchemaTree.fixtures(SchemaTree.RELEASED).forEach((file, json) -> fixtures.put("released/" + file, json));
    fixtures.forEach((file, json) -> {
      SchemaVerdict verdict = schemas.validate(SchemaTree.typeOf(file.replaceFirst("^released/", "")), json);
      if (!verdict.valid()) {
        failures.add(file + " " + verdict.errors());
      }
    });
    assertThat(fixtures).hasSizeGreaterThanOrEqualTo(2 * EventTypes.all().size());
    assertThat(failures).as("fixtures rejected by the current schemas").isEmpty();
  }

  @Test
  void everyInvalidFixture_isRejected() {
    Map<String, JsonObject> invalid = SchemaTree.fixtures(SchemaTree.INVALID);
    List<String> accepted = invalid.entrySet().stream()
        .filter(entry -> schemas.validate(SchemaTree.typeOf(entry.getKey()), entry.getValue()).valid())
        .map(Map.Entry::getKey).toList();
    assertThat(invalid).hasSizeGreaterThanOrEqualTo(5);
    assertThat(accepted).as("invalid fixtures that were accepted").isEmpty();
  }

  @Test
  void everyEventSchema_hasMinimalAndFullFixtures() {
    Set<String> fixtures = SchemaTree.fixtures(SchemaTree.SCHEMAS).keySet();
    for (String file : current.keySet().stream().filter(SchemaTree::isEventSchema).toList()) {
      String stem = file.substring(0, file.length() - ".json".length());
      assertThat(fixtures).as("fixtures of " + file).contains(stem + "-minimal.json", stem + "-full.json");
    }
  }

  @Test
  void schemaFolders_holdOnlySchemasAndFixtures() {
    for (var root : List.of(SchemaTree.SCHEMAS, SchemaTree.RELEASED)) {
      List<String> strays = SchemaTree.files(root).keySet().stream()
          .filter(file -> !SchemaTree.isSchema(file) && !SchemaTree.isFixture(file)).toList();
      assertThat(strays).as("files in " + root + " named neither <name>.v<N>.json nor <name>.v<N>-<variant>.json")
          .isEmpty();
    }
  }
}
