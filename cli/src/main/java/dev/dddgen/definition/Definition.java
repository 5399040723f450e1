package dev.dddgen.definition;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A definition as written: names, types and references are still text, each with its location.
 * {@link DefinitionValidator} checks it; {@link ModelResolver} turns a valid one into the model.
 */
public record Definition(
    String file,
    Text version,
    ProjectDef project,
    List<ValueObjectDef> valueObjects,
    List<AggregateDef> aggregates,
    SecurityDef security) {

  /** {@code broker} is {@code project.events.broker}: null when not given (the stack's default). */
  public record ProjectDef(
      SourceLocation at,
      Text name,
      Text target,
      Text module,
      Text output,
      Text group,
      Text artifact,
      Text broker) {
    /** The Maven coordinates given, by key ({@code group}, then {@code artifact}). */
    public Map<String, Text> coordinates() {
      Map<String, Text> given = new LinkedHashMap<>();
      if (group != null) {
        given.put("group", group);
      }
      if (artifact != null) {
        given.put("artifact", artifact);
      }
      return given;
    }
  }

  /**
   * A field, a command parameter, an event field, or a simple value object (whose name is the value
   * object's and whose type is what it wraps).
   */
  public record FieldDef(
      Text name,
      SourceLocation at,
      Text type,
      Text to,
      List<Text> values,
      Text optional,
      Text defaultValue,
      Text min,
      Text max,
      Text minLength,
      Text maxLength,
      Text pattern,
      Text unique,
      Text pii,
      Text renamedFrom,
      Text example,
      Text writable) {

    public boolean isOptional() {
      return isTrue(optional);
    }

    public boolean isUnique() {
      return isTrue(unique);
    }

    public boolean isPii() {
      return isTrue(pii);
    }

    public boolean isWritable() {
      return isTrue(writable);
    }
  }

  /**
   * A value object: {@code wrapped} is set for a simple one (a constrained scalar), else {@code
   * fields}.
   */
  public record ValueObjectDef(
      Text name, SourceLocation at, FieldDef wrapped, List<FieldDef> fields) {
    public boolean isSimple() {
      return wrapped != null;
    }
  }

  public record EntityDef(
      Text name, SourceLocation at, List<FieldDef> fields, Text plural, Text table) {}

  /**
   * {@code commands}/{@code queries} are null when the key is absent: the conventional set applies.
   */
  public record AggregateDef(
      Text name,
      SourceLocation at,
      List<FieldDef> fields,
      List<EntityDef> entities,
      List<CommandDef> commands,
      List<QueryDef> queries,
      List<EventDef> events,
      Text plural,
      Text table,
      Text ownedBy,
      List<AccessEntryDef> access) {}

  /**
   * The {@code security} section; null members were not written (or could not be read, which the
   * parser reported).
   */
  public record SecurityDef(
      SourceLocation at, JwtDef jwt, AccessDef defaultAccess, List<Text> ownerBypass) {}

  public record JwtDef(SourceLocation at, Text issuer, Text audience, Text jwks, Text rolesClaim) {}

  /**
   * An access as written: a {@code keyword} ({@code public}, {@code authenticated}, or a mistake)
   * or a list of {@code roles}.
   */
  public record AccessDef(SourceLocation at, Text keyword, List<Text> roles) {}

  /** One entry of an aggregate's {@code access}: a command or query name and who may run it. */
  public record AccessEntryDef(Text useCase, AccessDef access) {}

  public record CommandDef(
      Text name,
      SourceLocation at,
      Text create,
      Text update,
      Text delete,
      List<FieldDef> params,
      List<GuardDef> when,
      List<AssignmentDef> set,
      Text emits) {}

  public record GuardDef(Text field, List<Text> values) {}

  public record AssignmentDef(Text field, Text value) {}

  public record QueryDef(Text name, SourceLocation at, Text by, List<Text> filter, Text paginate) {}

  /** An event's fields: {@code copied} names aggregate fields, {@code declared} are new fields. */
  public record EventDef(
      Text name, SourceLocation at, List<Text> copied, List<FieldDef> declared) {}

  /** Where the aggregate, entity or value object called {@code name} is named. */
  public Optional<SourceLocation> declarationAt(String name) {
    Stream<Text> names =
        Stream.concat(
            valueObjects.stream().map(ValueObjectDef::name),
            aggregates.stream()
                .flatMap(
                    a ->
                        Stream.concat(
                            Stream.of(a.name()), a.entities().stream().map(EntityDef::name))));
    return names.filter(n -> n.value().equals(name)).map(Text::at).findFirst();
  }

  /**
   * Where field {@code field} of aggregate or entity {@code owner} is named; an entity generated
   * under its aggregate's name ({@code InvoiceLine} for {@code Invoice.Line}) is found by either.
   */
  public Optional<SourceLocation> fieldAt(String owner, String field) {
    for (AggregateDef aggregate : aggregates) {
      if (aggregate.name().value().equals(owner)) {
        return nameAt(aggregate.fields(), field);
      }
      for (EntityDef entity : aggregate.entities()) {
        if (entity.name().value().equals(owner)
            || (aggregate.name().value() + entity.name().value()).equals(owner)) {
          return nameAt(entity.fields(), field);
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<SourceLocation> nameAt(List<FieldDef> fields, String name) {
    return fields.stream()
        .map(FieldDef::name)
        .filter(n -> n.value().equals(name))
        .map(Text::at)
        .findFirst();
  }

  static boolean isTrue(Text flag) {
    return flag != null && flag.kind() == Text.Kind.BOOL && Boolean.parseBoolean(flag.value());
  }
}
