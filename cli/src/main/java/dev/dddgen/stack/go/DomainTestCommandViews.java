package dev.dddgen.stack.go;

import dev.dddgen.api.Scenarios;
import dev.dddgen.model.Aggregate;
import dev.dddgen.model.Command;
import dev.dddgen.model.DomainModel;
import dev.dddgen.model.Field;
import dev.dddgen.model.FieldType;
import dev.dddgen.model.Samples;
import dev.dddgen.model.Scalar;
import dev.dddgen.naming.Routes;
import dev.dddgen.stack.go.GoDomainTestViews.Assignment;
import dev.dddgen.stack.go.GoDomainTestViews.CommandCase;
import dev.dddgen.stack.go.GoDomainTestViews.CommandTest;
import dev.dddgen.stack.go.GoDomainTestViews.ParamCheck;
import dev.dddgen.stack.go.GoDomainTestViews.SetCheck;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The tests of an aggregate's actions (and of a delete that guards or emits): every state the api's
 * {@link Scenarios} allows and refuses, each required parameter missing, each invalid one.
 */
final class DomainTestCommandViews {
  private DomainTestCommandViews() {}

  static List<CommandTest> of(DomainModel model, Aggregate a, DomainTestSamples values) {
    List<CommandTest> out = new ArrayList<>();
    for (Command c : a.commands()) {
      boolean domainDelete =
          c.kind() == Command.Kind.DELETE && (!c.guards().isEmpty() || c.emits().isPresent());
      if (c.kind() == Command.Kind.ACTION || domainDelete) {
        out.add(command(model, a, c, domainDelete, values));
      }
    }
    return List.copyOf(out);
  }

  private static CommandTest command(
      DomainModel model, Aggregate a, Command c, boolean domainDelete, DomainTestSamples values) {
    boolean hasParams = !c.params().isEmpty();
    Optional<String> valid =
        hasParams ? Optional.of(params(values, c, null, false)) : Optional.empty();
    List<CommandCase> cases = new ArrayList<>();
    for (Map<String, String> state : Scenarios.allowedStates(c)) {
      List<String> words = new ArrayList<>();
      c.guards().forEach(g -> words.add(g.field() + " is " + state.get(g.field())));
      cases.add(
          new CommandCase(
              GoNames.quote(
                  words.isEmpty() ? "allowed" : "allowed when " + String.join(" and ", words)),
              state(values, a, c, state),
              hasParams,
              Optional.empty(),
              Optional.empty(),
              Optional.empty()));
    }
    String sentinel = values.ref() + ".Err" + c.name() + "NotAllowed";
    for (Scenarios.Refusal refusal : Scenarios.refusals(a, c)) {
      cases.add(
          new CommandCase(
              GoNames.quote("refused when " + refusal.field() + " is " + refusal.value()),
              state(values, a, c, refusal.state()),
              hasParams,
              Optional.empty(),
              Optional.of(sentinel),
              Optional.empty()));
    }
    List<Assignment> allowed = state(values, a, c, Scenarios.allowed(c));
    for (Field param : Scenarios.required(c.params())) {
      cases.add(paramCase(param, "missing", allowed, params(values, c, param, false)));
    }
    for (Field param : c.params()) {
      if (!DomainTestsValues.composite(model, param) && Samples.invalid(model, param).isPresent()) {
        cases.add(paramCase(param, "invalid", allowed, params(values, c, param, true)));
      }
    }
    List<SetCheck> sets = new ArrayList<>();
    for (Command.Assignment as : c.assignments()) {
      Field f = a.field(as.field()).orElseThrow();
      sets.add(
          new SetCheck(
              GoNames.exported(f.name()), values.literal(null, f, as.value()), pointer(f)));
    }
    List<String> cleared = new ArrayList<>();
    List<ParamCheck> fromParams = new ArrayList<>();
    for (Field param : c.params()) {
      Optional<Field> target = a.field(param.name());
      if (target.isEmpty()) {
        continue;
      }
      Field f = target.get();
      String exported = GoNames.exported(f.name());
      if (param.omittable()) {
        // The valid parameters leave it out: an optional one clears an optional field.
        if (pointer(f) && param.defaultValue().isEmpty()) {
          cleared.add(exported);
        }
        continue;
      }
      if (DomainTestsValues.composite(model, f)) {
        continue;
      }
      Field wrapped =
          f.type() instanceof FieldType.ValueObjectType vot
              ? model.valueObject(vot.name()).orElseThrow().wrapped()
              : null;
      Scalar wrappedScalar = wrapped == null ? null : DomainFields.scalar(wrapped);
      fromParams.add(
          new ParamCheck(
              exported,
              DomainTestSamples.isTimestamp(f),
              pointer(f),
              wrapped != null,
              wrappedScalar == Scalar.DECIMAL || wrappedScalar == Scalar.TIMESTAMP));
    }
    return new CommandTest(
        domainDelete ? "Delete" : Routes.actionVerb(a.name(), c.name()),
        hasParams ? Optional.of(c.name() + "Params") : Optional.empty(),
        valid.map(literal -> new GoDomainTestViews.ValidParams(c.name() + "Params", literal)),
        List.copyOf(cases),
        List.copyOf(sets),
        List.copyOf(cleared),
        List.copyOf(fromParams),
        c.emits());
  }

  /** An optional field without a default: its getter returns a pointer. */
  private static boolean pointer(Field f) {
    return f.optional() && f.defaultValue().isEmpty();
  }

  /** A case the action's {@code param} fails, named {@code "<param> <how>"}. */
  private static CommandCase paramCase(
      Field param, String how, List<Assignment> state, String params) {
    return new CommandCase(
        GoNames.quote(param.name() + " " + how),
        state,
        false,
        Optional.of(params),
        Optional.empty(),
        Optional.of(DomainTestsValues.stringList(List.of(param.name()))));
  }

  /** The aggregate's guarded fields set to {@code state}, in the order of the guards. */
  private static List<Assignment> state(
      DomainTestSamples values, Aggregate a, Command c, Map<String, String> state) {
    List<Assignment> out = new ArrayList<>();
    for (Command.Guard g : c.guards()) {
      Field f = a.field(g.field()).orElseThrow();
      out.add(new Assignment(GoNames.exported(f.name()), values.of(null, f, state.get(f.name()))));
    }
    return List.copyOf(out);
  }

  /**
   * The action's parameters literal: the required ones valid, but {@code change} left out (or made
   * invalid, when {@code invalid}).
   */
  private static String params(DomainTestSamples values, Command c, Field change, boolean invalid) {
    List<String> parts = new ArrayList<>();
    for (Field param : c.params()) {
      // By name (a command's parameters have distinct names), not by the record's equals: a
      // record's first equals links its method at run time, which a cold start pays for.
      boolean here = change != null && param.name().equals(change.name());
      if (here && !invalid || param.omittable() && !here) {
        continue;
      }
      String value =
          here
              ? values.of(c.name(), param, Samples.invalid(values.model(), param).orElseThrow())
              : values.valid(c.name(), param, false);
      parts.add(GoNames.exported(param.name()) + ": " + value);
    }
    return values.ref() + "." + c.name() + "Params{" + String.join(", ", parts) + "}";
  }
}
