package dev.dddgen.stack.java;

import dev.dddgen.api.Api;
import dev.dddgen.api.Scenarios;
import dev.dddgen.model.Aggregate;
import dev.dddgen.model.Command;
import dev.dddgen.model.Field;
import dev.dddgen.model.Lifecycle;
import dev.dddgen.model.Samples;
import dev.dddgen.naming.Names;
import dev.dddgen.stack.java.JavaProject.JField;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The view of an aggregate's entity test. Its cases are the api's {@link Scenarios} (required
 * fields, invalid values, the states each action's guards allow and refuse); this class spells
 * their values in Java.
 */
final class JavaDomainTests {
  private JavaDomainTests() {}

  static JavaTestViews.Domain domain(JavaProject p, Aggregate aggregate) {
    Scenarios scenarios = Scenarios.of(p.model());
    List<JField> fields = p.fields(aggregate);
    // The factory's and the update's arguments: lifecycle state is no input.
    List<JField> inputs = p.inputs(aggregate);
    List<String> valid = inputs.stream().map(f -> JavaTests.input(p, f)).toList();
    Optional<Command> create = aggregate.command(Command.Kind.CREATE);
    Optional<Command> update = aggregate.command(Command.Kind.UPDATE);
    Optional<JavaTestViews.Create> createView =
        create.map(
            c ->
                new JavaTestViews.Create(
                    JavaProject.ident(Names.camel(c.name())),
                    c.emits().map(List::of).orElse(List.of()),
                    initial(p, aggregate)));
    Optional<JavaTestViews.Update> updateView =
        create.isPresent() && update.isPresent()
            ? Optional.of(new JavaTestViews.Update(Names.camel(update.get().name())))
            : Optional.empty();
    List<String> validWithEntities = new ArrayList<>(valid);
    List<String> nulls = new ArrayList<>(inputs.stream().map(f -> "null").toList());
    for (JavaProject.JEntity e : p.entities(aggregate)) {
      validWithEntities.add("List.of(" + JavaTests.entityValue(p, e, true) + ")");
      nulls.add("null");
    }
    List<JavaTestViews.Boundary> boundaries = new ArrayList<>();
    for (int i = 0; i < inputs.size(); i++) {
      JField f = inputs.get(i);
      for (Scenarios.Boundary boundary : Scenarios.boundaries(f.field())) {
        List<String> args = new ArrayList<>(validWithEntities);
        args.set(i, JavaTests.sampleLiteral(f, boundary.value()));
        boundaries.add(
            new JavaTestViews.Boundary(
                "accepts" + Names.pascal(f.name()) + Names.pascal(boundary.name()),
                JavaViews.parts(args)));
      }
    }
    List<JavaTestViews.Invalid> invalid = new ArrayList<>();
    for (int i = 0; i < inputs.size(); i++) {
      JField f = inputs.get(i);
      // A part is checked under its path ("address.location.lat"), as the Go service reports it.
      for (Scenarios.InvalidValue value : scenarios.invalidValues(f.field(), f.name())) {
        List<String> args = new ArrayList<>(validWithEntities);
        args.set(i, value.part().map(part -> invalidDraft(p, f, part)).orElseGet(() -> bad(p, f)));
        invalid.add(
            new JavaTestViews.Invalid(
                value.path(),
                "rejectsInvalid" + Names.pascal(value.path().replace('.', '_')),
                JavaViews.parts(args)));
      }
    }
    List<JField> stateFields = stateFields(p, aggregate);
    List<JavaTestViews.ActionTest> actions = new ArrayList<>();
    for (Command command : aggregate.commands()) {
      if (command.kind() == Command.Kind.ACTION) {
        actions.add(action(p, aggregate, command, stateFields));
      }
    }
    TreeSet<String> imports =
        new TreeSet<>(
            List.of(
                "org.junit.jupiter.api.Test",
                "java.time.Instant",
                "static org.assertj.core.api.Assertions.assertThat"));
    List<Field> required = Scenarios.required(Api.writableFields(aggregate));
    if (!invalid.isEmpty() || !required.isEmpty()) {
      imports.add(p.pkg("domain.shared.ValidationException"));
      imports.add("static org.assertj.core.api.Assertions.catchThrowableOfType");
    }
    for (JField f : inputs) {
      JavaTests.addTypeImports(p, f, imports, false);
    }
    if (!p.entities(aggregate).isEmpty()) {
      imports.add("java.util.List");
      for (JavaProject.JEntity e : p.entities(aggregate)) {
        for (JField f : e.fields()) {
          JavaTests.addTypeImports(p, f, imports, false);
        }
      }
    }
    for (JField f : fields) {
      // The initial state is spelled in domain types: an enum of domain.shared is imported.
      if (Lifecycle.readOnly(aggregate, f.field())
          && f.isEnum()
          && !f.enumType().packageName().equals(p.domainPackage(aggregate))) {
        imports.add(f.enumType().canonicalName());
      }
    }
    if (!actions.isEmpty()) {
      for (JField f : fields) {
        // restore() takes domain types: value objects and enums of domain.shared are imported.
        if (f.isValueObject()) {
          imports.add(f.valueObject().canonicalName());
        } else if (f.isComposite()) {
          // Its parts are spelled too; they are all of domain.shared, never of this package.
          JavaTests.addTypeImports(p, f, imports, true);
        } else if (f.isEnum() && !f.enumType().packageName().equals(p.domainPackage(aggregate))) {
          imports.add(f.enumType().canonicalName());
        }
      }
      imports.add("java.util.UUID");
    }
    if (actions.stream().anyMatch(a -> !a.refused().isEmpty())) {
      imports.add(p.pkg("domain.shared.GuardException"));
      imports.add("static org.assertj.core.api.Assertions.assertThatThrownBy");
    }
    // inState(...) spells no local of its own: its parameters are the state fields' names.
    JavaLocals stateNames = JavaLocals.around().fields(stateFields);
    List<JavaTestViews.StateParameter> parameters = new ArrayList<>();
    for (JField f : stateFields) {
      parameters.add(
          new JavaTestViews.StateParameter(stateType(f), stateNames.of(f), parameters.isEmpty()));
    }
    List<String> restore = new ArrayList<>();
    for (JavaViews.Part part : JavaRepositoryTests.restoreValues(p, aggregate, Map.of())) {
      restore.add(part.value());
    }
    for (int i = 0; i < fields.size(); i++) {
      if (stateFields.contains(fields.get(i))) {
        restore.set(i, stateNames.of(fields.get(i)));
      }
    }
    return new JavaTestViews.Domain(
        createView,
        updateView,
        JavaViews.parts(validWithEntities),
        JavaViews.parts(nulls),
        JavaViews.parts(required.stream().map(Field::name).toList()),
        !required.isEmpty(),
        List.copyOf(boundaries),
        List.copyOf(invalid),
        List.copyOf(actions),
        List.copyOf(parameters),
        JavaViews.parts(restore),
        JavaTests.sortedImports(imports));
  }

  /**
   * The lifecycle state a new aggregate starts in, which is no input of its factory: each state
   * field with a default, and that default.
   */
  private static List<JavaTestViews.Effect> initial(JavaProject p, Aggregate aggregate) {
    List<JavaTestViews.Effect> out = new ArrayList<>();
    for (JField f : p.fields(aggregate)) {
      if (Lifecycle.readOnly(aggregate, f.field()) && f.field().defaultValue().isPresent()) {
        String value = f.field().defaultValue().get();
        out.add(
            new JavaTestViews.Effect(
                f.ident(), f.isEnum() ? f.enumType().simpleName() + "." + value : value));
      }
    }
    return List.copyOf(out);
  }

  /** The fields some action's guard tests, in field order: the parameters of {@code inState}. */
  private static List<JField> stateFields(JavaProject p, Aggregate aggregate) {
    TreeSet<String> guarded = new TreeSet<>();
    for (Command command : aggregate.commands()) {
      if (command.kind() == Command.Kind.ACTION) {
        command.guards().forEach(g -> guarded.add(g.field()));
      }
    }
    return p.fields(aggregate).stream().filter(f -> guarded.contains(f.name())).toList();
  }

  private static JavaTestViews.ActionTest action(
      JavaProject p, Aggregate aggregate, Command command, List<JField> stateFields) {
    List<String> params = new ArrayList<>();
    for (var param : command.params()) {
      params.add(JavaTests.input(p, p.field(aggregate, param)));
    }
    params.add("NOW.plusSeconds(60)");
    String action = Names.camel(command.name());
    List<JavaTestViews.StateTest> allowed = new ArrayList<>();
    for (Map<String, String> state : Scenarios.allowedStates(command)) {
      allowed.add(
          new JavaTestViews.StateTest(
              action + "IsAllowed" + when(command, state), state(p, stateFields, state)));
    }
    List<JavaTestViews.StateTest> refused = new ArrayList<>();
    for (Scenarios.Refusal refusal : Scenarios.refusals(aggregate, command)) {
      refused.add(
          new JavaTestViews.StateTest(
              action + "IsRefused" + when(refusal.field(), refusal.value()),
              state(p, stateFields, refusal.state())));
    }
    List<JavaTestViews.Effect> effects = new ArrayList<>();
    for (Command.Assignment assignment : command.assignments()) {
      JField f = p.field(aggregate, aggregate.field(assignment.field()).orElseThrow());
      effects.add(
          new JavaTestViews.Effect(
              f.ident(),
              f.isEnum()
                  ? f.enumType().simpleName() + "." + assignment.value()
                  : assignment.value()));
    }
    return new JavaTestViews.ActionTest(
        command.name(),
        JavaDomainTypes.actionMethod(aggregate, command),
        JavaViews.parts(params),
        List.copyOf(allowed),
        List.copyOf(refused),
        JavaDomainTypes.allowedWhen(aggregate, command)
            .map(when -> command.name() + " is allowed only when " + when)
            .orElse(""),
        List.copyOf(effects));
  }

  /** {@code WhenStatusIsOpenAndRenewableIsTrue}: the guarded fields' values, in guard order. */
  private static String when(Command command, Map<String, String> state) {
    List<String> words = new ArrayList<>();
    for (Command.Guard g : command.guards()) {
      words.add(when(g.field(), state.get(g.field())).substring("When".length()));
    }
    return words.isEmpty() ? "" : "When" + String.join("And", words);
  }

  private static String when(String field, String value) {
    return "When" + Names.pascal(field) + "Is" + Names.pascal(value.toLowerCase(Locale.ROOT));
  }

  /** The {@code inState} arguments: the state's values, a valid sample for the other fields. */
  private static List<JavaViews.Part> state(
      JavaProject p, List<JField> stateFields, Map<String, String> state) {
    List<String> args = new ArrayList<>();
    for (JField f : stateFields) {
      String value = state.get(f.name());
      args.add(
          value == null
              ? JavaTests.domainValue(p, f)
              : f.isEnum()
                  ? f.enumType().simpleName() + "." + value
                  : JavaDomainTypes.literal(f, value).toString());
    }
    return JavaViews.parts(args);
  }

  /** The domain type of a guarded field (an enum or a boolean), as the test spells it. */
  private static String stateType(JField f) {
    return f.isEnum()
        ? f.enumType().simpleName()
        : f.domainType().toString().replace("java.lang.", "");
  }

  /** The invalid sample of a plain field as an input expression (an enum by its name). */
  private static String bad(JavaProject p, JField f) {
    String value = Samples.invalid(p.model(), f.field()).orElseThrow();
    return f.isEnum() ? '"' + value + '"' : JavaTests.sampleLiteral(f, value);
  }

  /** The Draft of the composite {@code f} with the part at {@code path} ({@code lat}) invalid. */
  private static String invalidDraft(JavaProject p, JField f, String path) {
    String[] head = path.split("\\.", 2);
    List<String> args = new ArrayList<>();
    for (JField part : p.parts(p.model().valueObject(f.composite().simpleName()).orElseThrow())) {
      args.add(
          !part.name().equals(head[0])
              ? JavaTests.input(p, part)
              : head.length == 2 ? invalidDraft(p, part, head[1]) : bad(p, part));
    }
    return "new " + f.composite().simpleName() + ".Draft(" + String.join(", ", args) + ")";
  }
}
