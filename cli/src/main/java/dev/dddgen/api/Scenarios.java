package dev.dddgen.api;

import dev.dddgen.api.Sample.Member;
import dev.dddgen.api.Sample.Obj;
import dev.dddgen.model.Aggregate;
import dev.dddgen.model.Command;
import dev.dddgen.model.DomainModel;
import dev.dddgen.model.Entity;
import dev.dddgen.model.Field;
import dev.dddgen.model.FieldType;
import dev.dddgen.model.Samples;
import dev.dddgen.model.Scalar;
import dev.dddgen.model.ValueObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The test cases of the API, the same for every stack: per operation, a valid request, requests
 * missing one required field, a request breaking every constraint a value can break, the states an
 * action's guards refuse, and the boundary values of each field; with sample values from {@link
 * Samples}. A stack spells them in its test language.
 */
public final class Scenarios {
  private final DomainModel model;

  private Scenarios(DomainModel model) {
    this.model = model;
  }

  public static Scenarios of(Api api) {
    return new Scenarios(api.model());
  }

  public static Scenarios of(DomainModel model) {
    return new Scenarios(model);
  }

  /** A request with values that break constraints, and the fields (or parts) they break. */
  public record Invalid(Obj body, List<String> fields) {
    public Invalid {
      fields = List.copyOf(fields);
    }
  }

  /**
   * A valid value at one end of a field's range: {@code at minimum length}, {@code at maximum
   * length}, {@code at minimum}, {@code at maximum}.
   */
  public record Boundary(String field, String name, String value) {}

  /** A request without one required field. */
  public record Missing(String field, Obj body) {}

  /**
   * A state an action's guards refuse: one guarded field holds a value its guard does not allow.
   */
  public record Refusal(String field, String value, Map<String, String> state) {
    public Refusal {
      state = Map.copyOf(state);
    }
  }

  // ---------------------------------------------------------------- per operation

  /** The valid body of an operation that reads one: its required fields, or {@code every} field. */
  public Obj valid(Operation op, boolean every) {
    Request request = op.request().orElseThrow();
    List<Member> members = new ArrayList<>(object(request.fields(), every).members());
    request.entities().forEach(e -> members.add(entityList(e, every)));
    return new Obj(members);
  }

  /** The valid body of the operation without each of its required fields in turn. */
  public List<Missing> missing(Operation op) {
    Obj valid = valid(op, false);
    List<Missing> out = new ArrayList<>();
    for (Field f : op.request().orElseThrow().fields()) {
      if (!f.omittable()) {
        List<Member> rest = new ArrayList<>(valid.members());
        rest.removeIf(m -> m.name().equals(f.name()));
        out.add(new Missing(f.name(), new Obj(rest)));
      }
    }
    return out;
  }

  /** Field values that let an action through its guards: the first value each guard allows. */
  public static Map<String, String> allowed(Command c) {
    Map<String, String> allowed = new HashMap<>();
    for (Command.Guard g : c.guards()) {
      allowed.put(g.field(), g.values().get(0));
    }
    return allowed;
  }

  /**
   * Every state the action's guards allow: first the first value of each guard ({@link #allowed}),
   * then each further value a guard lists, the other guards at their first value.
   */
  public static List<Map<String, String>> allowedStates(Command c) {
    List<Map<String, String>> out = new ArrayList<>();
    out.add(Map.copyOf(allowed(c)));
    for (Command.Guard g : c.guards()) {
      for (String v : g.values().subList(1, g.values().size())) {
        Map<String, String> state = new HashMap<>(allowed(c));
        state.put(g.field(), v);
        out.add(Map.copyOf(state));
      }
    }
    return out;
  }

  /** Every state a guard of the action refuses, guard by guard, the other guards satisfied. */
  public static List<Refusal> refusals(Aggregate a, Command c) {
    List<Refusal> out = new ArrayList<>();
    for (Command.Guard g : c.guards()) {
      Field f = a.field(g.field()).orElseThrow();
      List<String> values =
          f.type() instanceof FieldType.Enumeration en ? en.values() : List.of("true", "false");
      for (String v : values) {
        if (!g.values().contains(v)) {
          Map<String, String> refused = new HashMap<>(allowed(c));
          refused.put(g.field(), v);
          out.add(new Refusal(g.field(), v, refused));
        }
      }
    }
    return out;
  }

  // ---------------------------------------------------------------- bodies

  /**
   * The create body of an aggregate: its required fields (or every one it takes: lifecycle state is
   * left to commands), one of each entity.
   */
  public Obj body(Aggregate a, boolean every) {
    List<Member> members = new ArrayList<>(object(Api.writableFields(a), every).members());
    a.entities().forEach(e -> members.add(entityList(e, every)));
    return new Obj(members);
  }

  /**
   * The create body of an aggregate in a given state: its required fields and those of {@code
   * state}, which hold the values given there. Lifecycle state is left to commands ({@link Reach}).
   */
  public Obj body(Aggregate a, Map<String, String> state) {
    List<Member> members = new ArrayList<>();
    for (Field f : Api.writableFields(a)) {
      if (f.omittable() && !state.containsKey(f.name())) {
        continue;
      }
      Sample v = state.containsKey(f.name()) ? scalar(f, state.get(f.name())) : value(f, false);
      members.add(new Member(f.name(), v));
    }
    a.entities().forEach(e -> members.add(entityList(e, false)));
    return new Obj(members);
  }

  /** An object of the required fields, or of {@code every} field. */
  public Obj object(List<Field> fields, boolean every) {
    List<Member> members = new ArrayList<>();
    for (Field f : fields) {
      if (every || !f.omittable()) {
        members.add(new Member(f.name(), value(f, every)));
      }
    }
    return new Obj(members);
  }

  private Member entityList(Entity e, boolean every) {
    return new Member(Api.listProperty(e), new Sample.Array(List.of(object(e.fields(), every))));
  }

  /** The valid sample of a field: an object for a composite value object. */
  public Sample value(Field f, boolean every) {
    if (f.type() instanceof FieldType.ValueObjectType t) {
      ValueObject vo = model.valueObject(t.name()).orElseThrow();
      if (!vo.simple()) {
        return object(vo.fields(), every);
      }
      return scalar(vo.wrapped(), Samples.valid(model, f));
    }
    return scalar(f, Samples.valid(model, f));
  }

  /** {@code text} as a JSON value of the field: bare for integers and booleans, else a string. */
  public static Sample scalar(Field f, String text) {
    return f.type() instanceof FieldType.Builtin b
            && (b.scalar() == Scalar.INT || b.scalar() == Scalar.LONG || b.scalar() == Scalar.BOOL)
        ? new Sample.Bare(text)
        : new Sample.Text(text);
  }

  /**
   * The boundary values of a plain scalar field: the shortest and longest text its lengths allow
   * (not under a pattern, which the repeated letter may not match), its smallest and largest
   * number.
   */
  public static List<Boundary> boundaries(Field f) {
    List<Boundary> out = new ArrayList<>();
    if (!(f.type() instanceof FieldType.Builtin b)) {
      return out;
    }
    var c = f.constraints();
    if (b.scalar().isTextual() && c.pattern().isEmpty()) {
      c.minLength()
          .ifPresent(
              n -> {
                if (n > 0) {
                  out.add(new Boundary(f.name(), "at minimum length", "a".repeat(n)));
                }
              });
      c.maxLength()
          .ifPresent(n -> out.add(new Boundary(f.name(), "at maximum length", "a".repeat(n))));
    } else if (b.scalar().isNumeric()) {
      c.min().ifPresent(n -> out.add(new Boundary(f.name(), "at minimum", n.toPlainString())));
      c.max().ifPresent(n -> out.add(new Boundary(f.name(), "at maximum", n.toPlainString())));
    }
    return out;
  }

  // ---------------------------------------------------------------- stored rows

  /**
   * The aggregates a stored sample of {@code a} refers to (through its fields and its entities'),
   * in the order their sample rows are stored: each after the rows its required references need.
   * Never {@code a} itself, whose samples would collide with it on unique fields; and never a row
   * whose required references lead back to an aggregate on the way (a cycle whose way back is
   * optional), which could not be stored.
   */
  public List<Aggregate> storedFirst(Aggregate a) {
    List<Aggregate> stored = new ArrayList<>();
    for (Field f : referenceFields(a)) {
      String target = ((FieldType.Reference) f.type()).aggregate();
      if (!target.equals(a.name())) {
        store(
            model.aggregate(target).orElseThrow(),
            stored,
            new java.util.LinkedHashSet<>(List.of(a.name())));
      }
    }
    return List.copyOf(stored);
  }

  /**
   * Adds {@code target} to {@code stored} after the rows its required references need; false when a
   * required reference leads back to an aggregate on the way ({@code visiting}).
   */
  private boolean store(Aggregate target, List<Aggregate> stored, java.util.Set<String> visiting) {
    if (stored.stream().anyMatch(x -> x.name().equals(target.name()))) {
      return true;
    }
    if (!visiting.add(target.name())) {
      return false;
    }
    for (Field f : referenceFields(target)) {
      String next = ((FieldType.Reference) f.type()).aggregate();
      if (!next.equals(target.name())
          && !f.optional()
          && !store(model.aggregate(next).orElseThrow(), stored, visiting)) {
        visiting.remove(target.name());
        return false;
      }
    }
    stored.add(target);
    return true;
  }

  /** The reference fields of an aggregate, then those of its entities. */
  private static List<Field> referenceFields(Aggregate a) {
    List<Field> out = new ArrayList<>();
    a.fields().stream().filter(f -> f.type() instanceof FieldType.Reference).forEach(out::add);
    a.entities()
        .forEach(
            e ->
                e.fields().stream()
                    .filter(f -> f.type() instanceof FieldType.Reference)
                    .forEach(out::add));
    return out;
  }

  // ---------------------------------------------------------------- wrong JSON types

  /**
   * One body per mistake the create body's fields allow, from the first field that allows it
   * ({@link WrongType#of}).
   */
  public List<WrongType> wrongTypes(Aggregate a) {
    return WrongType.of(this, a);
  }

  // ---------------------------------------------------------------- invalid values

  /** The fields a request must give: those neither optional nor defaulted, in order. */
  public static List<Field> required(List<Field> fields) {
    return fields.stream().filter(f -> !f.omittable()).toList();
  }

  /**
   * A value that breaks one field, reported at {@code path}; {@code part} is the broken part's path
   * inside a composite value object ({@code location.lat}), empty for any other field.
   */
  public record InvalidValue(Field field, String path, Optional<String> part) {}

  /**
   * The values that break {@code f}, reported under {@code path}: one per breakable part of a
   * composite value object, else one when its constraints can be broken.
   */
  public List<InvalidValue> invalidValues(Field f, String path) {
    if (composite(f)) {
      return invalidPaths(valueObject(f)).stream()
          .map(sub -> new InvalidValue(f, path + "." + sub, Optional.of(sub)))
          .toList();
    }
    return Samples.invalid(model, f).isPresent()
        ? List.of(new InvalidValue(f, path, Optional.empty()))
        : List.of();
  }

  /**
   * The create body with every field that a value can break broken (a composite value object
   * through its first breakable part), the others valid; empty when nothing can be broken.
   */
  public Optional<Invalid> invalid(Aggregate a) {
    List<Member> members = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (Field f : Api.writableFields(a)) {
      if (composite(f)) {
        ValueObject vo = valueObject(f);
        List<String> paths = invalidPaths(vo);
        if (paths.isEmpty() || paths.get(0).contains(".")) {
          if (!f.omittable()) {
            members.add(new Member(f.name(), value(f, false)));
          }
          continue;
        }
        String broken = paths.get(0);
        List<Member> inner = new ArrayList<>();
        for (Field part : vo.fields()) {
          if (part.name().equals(broken)) {
            inner.add(
                new Member(
                    part.name(), scalar(leaf(part), Samples.invalid(model, part).orElseThrow())));
          } else if (!part.omittable()) {
            inner.add(new Member(part.name(), value(part, false)));
          }
        }
        members.add(new Member(f.name(), new Obj(inner)));
        names.add(f.name() + "." + broken);
        continue;
      }
      Optional<String> bad = Samples.invalid(model, f);
      if (bad.isPresent()) {
        members.add(new Member(f.name(), scalar(leaf(f), bad.get())));
        names.add(f.name());
      } else if (!f.omittable()) {
        members.add(new Member(f.name(), value(f, false)));
      }
    }
    return names.isEmpty() ? Optional.empty() : Optional.of(new Invalid(new Obj(members), names));
  }

  /** Paths of the parts of a value object that a value can break, e.g. {@code location.lat}. */
  public List<String> invalidPaths(ValueObject vo) {
    List<String> out = new ArrayList<>();
    for (Field part : vo.fields()) {
      if (composite(part)) {
        for (String sub : invalidPaths(valueObject(part))) {
          out.add(part.name() + "." + sub);
        }
      } else if (Samples.invalid(model, part).isPresent()) {
        out.add(part.name());
      }
    }
    return out;
  }

  /** Whether the field holds a value object of several parts. */
  public boolean composite(Field field) {
    return field.type() instanceof FieldType.ValueObjectType vo
        && !model.valueObject(vo.name()).orElseThrow().simple();
  }

  /** The value object of a value-object field. */
  public ValueObject valueObject(Field field) {
    return model.valueObject(((FieldType.ValueObjectType) field.type()).name()).orElseThrow();
  }

  /** The field itself, or the one a simple value object wraps. */
  public Field leaf(Field field) {
    return field.type() instanceof FieldType.ValueObjectType vo
            && model.valueObject(vo.name()).orElseThrow().simple()
        ? model.valueObject(vo.name()).orElseThrow().wrapped()
        : field;
  }
}
