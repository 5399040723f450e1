package dev.dddgen.stack.go;

import dev.dddgen.api.Scenarios;
import dev.dddgen.model.Aggregate;
import dev.dddgen.model.Command;
import dev.dddgen.model.DomainModel;
import dev.dddgen.model.Entity;
import dev.dddgen.model.Event;
import dev.dddgen.model.Field;
import dev.dddgen.model.FieldType;
import dev.dddgen.model.Samples;
import dev.dddgen.naming.Names;
import dev.dddgen.stack.go.GoDomainTestViews.Assignment;
import dev.dddgen.stack.go.GoDomainTestViews.CreateEvent;
import dev.dddgen.stack.go.GoDomainTestViews.EntityTest;
import dev.dddgen.stack.go.GoDomainTestViews.FieldCheck;
import dev.dddgen.stack.go.GoDomainTestViews.LogRedaction;
import dev.dddgen.stack.go.GoDomainTestViews.NewCase;
import dev.dddgen.stack.go.GoDomainTestViews.Omitted;
import dev.dddgen.stack.go.GoDomainTestViews.UpdateTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Builds the view of an aggregate's domain test (go/domain/entity_test). The cases are the api's
 * {@link Scenarios} (boundaries, missing and invalid values); this class spells their values in Go.
 */
final class DomainTestViews {
  private DomainTestViews() {}

  static EntityTest of(GoProject p, Aggregate a) {
    DomainModel model = p.model();
    Scenarios scenarios = Scenarios.of(model);
    GoProject.AggregateNames n = p.names(a);
    DomainTestSamples values = new DomainTestSamples(model, a, n.ref());

    List<Assignment> validParams = new ArrayList<>();
    for (Field f : Scenarios.required(a.fields())) {
      validParams.add(new Assignment(GoNames.exported(f.name()), values.valid(null, f, false)));
    }
    for (Entity e : a.entities()) {
      validParams.add(
          new Assignment(
              GoNames.exported(e.plural()),
              "[]" + n.ref() + "." + e.name() + "Params{" + values.entityItem(e) + "}"));
    }

    List<Field> omittable = a.fields().stream().filter(Field::omittable).toList();
    List<Assignment> everyField =
        omittable.stream()
            .map(f -> new Assignment(GoNames.exported(f.name()), values.valid(null, f, true)))
            .toList();
    List<NewCase> cases = new ArrayList<>();
    cases.add(valid(omittable.isEmpty() ? "valid" : "valid with defaults", List.of()));
    if (!omittable.isEmpty()) {
      cases.add(valid("valid with every field", everyField));
    }
    for (Field f : a.fields()) {
      for (Scenarios.Boundary b : Scenarios.boundaries(f)) {
        cases.add(
            valid(
                f.name() + " " + b.name(),
                List.of(
                    new Assignment(GoNames.exported(f.name()), values.of(null, f, b.value())))));
      }
    }
    List<Field> required = Scenarios.required(a.fields());
    for (Field f : required) {
      cases.add(failing(f.name() + " missing", GoNames.exported(f.name()), "nil", List.of(f)));
    }
    for (Field f : a.fields()) {
      invalidCases(scenarios, values, null, f, "", f.name(), cases);
    }
    for (Entity e : a.entities()) {
      String list = GoNames.lowerCamel(e.plural());
      String listExported = GoNames.exported(e.plural());
      for (Field f : e.fields()) {
        invalidCases(
            scenarios, values, e.name(), f, listExported + "[0].", list + "[0]." + f.name(), cases);
      }
      List<String> missing =
          Scenarios.required(e.fields()).stream().map(f -> list + "[1]." + f.name()).toList();
      if (!missing.isEmpty()) {
        String added = n.ref() + "." + e.name() + "Params{}";
        cases.add(
            new NewCase(
                GoNames.quote(
                    String.join(" ", Names.words(e.name())).toLowerCase(Locale.ROOT)
                        + " fields missing"),
                false,
                List.of(
                    new Assignment(listExported, "append(p." + listExported + ", " + added + ")")),
                Optional.of(DomainTestsValues.stringList(missing))));
      }
    }
    if (!required.isEmpty()) {
      cases.add(
          new NewCase(
              GoNames.quote("every field missing"),
              true,
              List.of(),
              Optional.of(DomainTestsValues.stringList(names(required)))));
    }

    Optional<UpdateTest> update =
        a.command(Command.Kind.UPDATE)
            .map(
                c ->
                    new UpdateTest(
                        everyField,
                        required.stream()
                            .findFirst()
                            .map(
                                f ->
                                    new Omitted(
                                        GoNames.exported(f.name()),
                                        DomainTestsValues.stringList(List.of(f.name()))))));

    return new EntityTest(
        n.pkg(),
        n.file() + "_fixtures_test.go",
        a.name(),
        n.ref(),
        n.receiver(),
        Names.human(a.name()),
        "New" + a.name(),
        List.copyOf(validParams),
        List.copyOf(cases),
        a.fields().stream().map(f -> GoNames.exported(f.name())).toList(),
        checks(model, values, a),
        a.entities().stream().map(e -> GoNames.exported(e.plural())).toList(),
        createEvent(a),
        update,
        DomainTestCommandViews.of(model, a, values),
        redaction(model, values, a));
  }

  private static NewCase valid(String name, List<Assignment> changes) {
    return new NewCase(GoNames.quote(name), false, changes, Optional.empty());
  }

  private static NewCase failing(String name, String target, String value, List<Field> fields) {
    return new NewCase(
        GoNames.quote(name),
        false,
        List.of(new Assignment(target, value)),
        Optional.of(DomainTestsValues.stringList(names(fields))));
  }

  private static List<String> names(List<Field> fields) {
    return fields.stream().map(Field::name).toList();
  }

  /**
   * The api's invalid values of {@code f} (given at {@code prefix} in the parameters, reported at
   * {@code path}), and for a composite value object a case with its required parts missing.
   */
  private static void invalidCases(
      Scenarios scenarios,
      DomainTestSamples values,
      String owner,
      Field f,
      String prefix,
      String path,
      List<NewCase> cases) {
    String target = prefix + GoNames.exported(f.name());
    for (Scenarios.InvalidValue invalid : scenarios.invalidValues(f, path)) {
      cases.add(
          new NewCase(
              GoNames.quote(invalid.path() + " invalid"),
              false,
              List.of(invalidAssignment(values, owner, f, target, invalid)),
              Optional.of(DomainTestsValues.stringList(List.of(invalid.path())))));
    }
    if (scenarios.composite(f)) {
      var vo = scenarios.valueObject(f);
      List<String> parts =
          Scenarios.required(vo.fields()).stream().map(part -> path + "." + part.name()).toList();
      if (!parts.isEmpty()) {
        cases.add(
            new NewCase(
                GoNames.quote(path + " parts missing"),
                false,
                List.of(new Assignment(target, "&shared." + vo.name() + "Params{}")),
                Optional.of(DomainTestsValues.stringList(parts))));
      }
    }
  }

  /**
   * The change that breaks {@code f}. A part of a required value object (which the valid parameters
   * hold) is changed alone, so the case keeps the fixture's other parts; any other value object is
   * given whole.
   */
  private static Assignment invalidAssignment(
      DomainTestSamples values,
      String owner,
      Field f,
      String target,
      Scenarios.InvalidValue invalid) {
    String part = invalid.part().orElse(null);
    if (part != null && !f.omittable() && !part.contains(".")) {
      var vo = DomainTestsValues.vo(values.model(), f);
      Field broken =
          vo.fields().stream().filter(x -> x.name().equals(part)).findFirst().orElseThrow();
      return new Assignment(target + "." + GoNames.exported(part), values.invalidPart(vo, broken));
    }
    return new Assignment(target, values.invalid(owner, invalid));
  }

  /** What a successful constructor is checked to hold, field by field. */
  private static List<FieldCheck> checks(DomainModel model, DomainTestSamples values, Aggregate a) {
    List<FieldCheck> checks = new ArrayList<>();
    for (Field f : a.fields()) {
      if (DomainTestsValues.composite(model, f)) {
        continue;
      }
      boolean simpleValueObject = f.type() instanceof FieldType.ValueObjectType;
      if (simpleValueObject && f.optional() && f.defaultValue().isEmpty()) {
        continue;
      }
      checks.add(
          new FieldCheck(
              GoNames.exported(f.name()),
              f.defaultValue().map(d -> values.literal(null, f, d)),
              DomainTestSamples.isTimestamp(f),
              f.optional() && f.defaultValue().isEmpty(),
              simpleValueObject));
    }
    return List.copyOf(checks);
  }

  private static Optional<CreateEvent> createEvent(Aggregate a) {
    return a.command(Command.Kind.CREATE)
        .flatMap(Command::emits)
        .map(
            name ->
                new CreateEvent(
                    name,
                    a.events().stream()
                        .filter(ev -> ev.name().equals(name))
                        .flatMap(ev -> ev.fields().stream())
                        .filter(Event.EventField::fromAggregate)
                        .map(ef -> GoNames.exported(ef.field().name()))
                        .toList()));
  }

  private static Optional<LogRedaction> redaction(
      DomainModel model, DomainTestSamples values, Aggregate a) {
    if (a.fields().stream().noneMatch(Field::pii)) {
      return Optional.empty();
    }
    List<Assignment> setup = new ArrayList<>();
    List<String> hidden = new ArrayList<>();
    // What the log line shows besides the personal values: the other fields' sample values, every
    // key and the record's own words. A personal value found in one of them would be found in the
    // log although it was redacted.
    List<String> logged =
        new ArrayList<>(
            List.of(
                "id", "version", "saved", "time", "level", "INFO", "msg", Names.human(a.name())));
    for (Field f : a.fields()) {
      logged.add(f.name());
      if (!f.pii() && !DomainTestsValues.composite(model, f)) {
        logged.add(Samples.valid(model, f));
      }
    }
    for (Entity e : a.entities()) {
      logged.add(dev.dddgen.api.Api.listProperty(e));
    }
    for (Field f : a.fields()) {
      if (!f.pii() || DomainTestsValues.composite(model, f)) {
        continue;
      }
      String exported = GoNames.exported(f.name());
      String valid = Samples.valid(model, f);
      String distinct = logged.stream().anyMatch(v -> v.contains(valid)) ? distinctText(f) : null;
      if (distinct != null) {
        setup.add(new Assignment(exported, "ptr(" + GoNames.quote(distinct) + ")"));
        hidden.add(GoNames.quote(distinct));
        continue;
      }
      if (f.omittable()) {
        setup.add(new Assignment(exported, values.valid(null, f, false)));
      }
      if (valid.length() > 3 && logged.stream().noneMatch(v -> v.contains(valid))) {
        hidden.add(values.literal(null, f, valid));
      }
    }
    return Optional.of(new LogRedaction(List.copyOf(setup), List.copyOf(hidden)));
  }

  /**
   * A valid value of a plain string field (no pattern) that no derived sample contains, for the
   * redaction test; null for other fields or lengths too short to tell apart.
   */
  private static String distinctText(Field f) {
    if (!(f.type() instanceof FieldType.Builtin b)
        || !b.scalar().isTextual()
        || f.constraints().pattern().isPresent()) {
      return null;
    }
    int max = f.constraints().maxLength().orElse(8);
    int length = Math.max(f.constraints().minLength().orElse(0), Math.min(max, 8));
    return length < 4 || length > max ? null : "q".repeat(length);
  }
}
