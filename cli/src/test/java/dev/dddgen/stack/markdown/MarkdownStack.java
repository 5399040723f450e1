package dev.dddgen.stack.markdown;

import dev.dddgen.definition.StackRules;
import dev.dddgen.model.Aggregate;
import dev.dddgen.model.DomainModel;
import dev.dddgen.model.Field;
import dev.dddgen.model.FieldType;
import dev.dddgen.model.ValueObject;
import dev.dddgen.render.Artifact;
import dev.dddgen.render.FilePlan;
import dev.dddgen.render.GeneratedFile;
import dev.dddgen.schema.Migration;
import dev.dddgen.stack.Stack;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * A test-only third stack: a one-page Markdown summary of the domain ({@code DOMAIN.md}). It is
 * registered only by this package's {@code META-INF/services} entry and its template lives in the
 * test resources ({@code templates/markdown/}): adding it touched nothing else.
 */
public final class MarkdownStack implements Stack {
  static final String PAGE = "DOMAIN.md";

  @Override
  public StackRules rules() {
    return new MarkdownRules();
  }

  @Override
  public FilePlan files(DomainModel model) {
    Artifact page = new Artifact(PAGE, "markdown/summary", context(model), false);
    return FilePlan.eachAlone(List.of(page), (artifact, rendered) -> rendered);
  }

  private static Map<String, Object> context(DomainModel model) {
    return Map.of(
        "project", Map.of("name", model.project().name()),
        "valueObjects", model.valueObjects().stream().map(MarkdownStack::valueObject).toList(),
        "aggregates", model.aggregates().stream().map(MarkdownStack::aggregate).toList());
  }

  private static Map<String, Object> valueObject(ValueObject valueObject) {
    return Map.of("name", valueObject.name(), "fields", fields(valueObject.fields()));
  }

  private static Map<String, Object> aggregate(Aggregate aggregate) {
    return Map.of(
        "name", aggregate.name(),
        "fields", fields(aggregate.fields()),
        "commands", aggregate.commands().stream().map(c -> Map.of("name", c.name())).toList(),
        "queries", aggregate.queries().stream().map(q -> Map.of("name", q.name())).toList(),
        "events", aggregate.events().stream().map(e -> Map.of("name", e.name())).toList());
  }

  private static List<Map<String, Object>> fields(List<Field> fields) {
    return fields.stream()
        .map(
            f ->
                Map.<String, Object>of(
                    "name", f.name(), "type", type(f.type()), "optional", f.optional()))
        .toList();
  }

  private static String type(FieldType type) {
    if (type instanceof FieldType.Builtin builtin) {
      return builtin.scalar().id();
    }
    if (type instanceof FieldType.Enumeration enumeration) {
      return "one of " + String.join(", ", enumeration.values());
    }
    if (type instanceof FieldType.Reference reference) {
      return "reference to " + reference.aggregate();
    }
    return ((FieldType.ValueObjectType) type).name();
  }

  @Override
  public Map<String, Object> aggregateContext(DomainModel model, String aggregate) {
    return aggregate(model.aggregate(aggregate).orElseThrow());
  }

  /** A summary has no database: no migrations. */
  @Override
  public List<GeneratedFile> migrationFiles(int number, Migration migration) {
    return List.of();
  }

  @Override
  public OptionalInt migrationNumber(String path) {
    return OptionalInt.empty();
  }
}
