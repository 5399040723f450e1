package dev.dddgen.stack.go;

import dev.dddgen.api.Operation;
import dev.dddgen.api.Resource;
import dev.dddgen.api.Sample;
import dev.dddgen.api.Scenarios;
import dev.dddgen.model.Aggregate;
import dev.dddgen.model.Command;
import dev.dddgen.model.DomainModel;
import dev.dddgen.model.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code tests.http.actions}: one table test per action command. */
final class HttpTestsActions {
  private HttpTestsActions() {}

  static List<Object> of(GoProject p, Aggregate a, String path) {
    DomainModel model = p.model();
    Scenarios scenarios = Scenarios.of(p.api());
    Resource resource = p.api().resource(a.name());
    List<Object> out = new ArrayList<>();
    for (Command c : a.commands()) {
      if (c.kind() != Command.Kind.ACTION) {
        continue;
      }
      Operation op = resource.operation(c.name());
      String validConst = "valid" + a.name();
      String allowed = create(a, validConst, Scenarios.allowed(c));
      String create = "allowed";
      List<String> params = scenarios.valid(op, false).memberJson(HttpTestsBodies::quote);
      String joined = String.join(",", params);
      String body = "`{" + joined + "}`";
      String comma = params.isEmpty() ? "" : ",";
      List<Object> cases = new ArrayList<>();
      cases.add(kase("allowed", create, body, "http.StatusOK", null));
      cases.add(
          kase(
              "allowed with current version",
              create,
              "`{\"version\":1" + comma + joined + "}`",
              "http.StatusOK",
              null));
      cases.add(
          kase(
              "stale version",
              create,
              "`{\"version\":7" + comma + joined + "}`",
              "http.StatusConflict",
              null));
      for (Scenarios.Refusal refusal : Scenarios.refusals(a, c)) {
        cases.add(
            kase(
                "refused when " + refusal.field() + " is " + refusal.value(),
                create(a, validConst, refusal.state()),
                body,
                "http.StatusConflict",
                null));
      }
      for (Scenarios.Missing missing : scenarios.missing(op)) {
        cases.add(
            kase(
                missing.field() + " missing",
                create,
                "`" + missing.body().json(HttpTestsBodies::quote) + "`",
                "http.StatusBadRequest",
                "[]string{" + HttpTestsBodies.quote(missing.field()) + "}"));
      }
      cases.add(
          kase(
              "unknown field",
              create,
              "`{\"unknownField\":1}`",
              "http.StatusBadRequest",
              "[]string{\"unknownField\"}"));
      List<String> effects = new ArrayList<>();
      for (Command.Assignment as : c.assignments()) {
        Field f = a.field(as.field()).orElseThrow();
        String v = HttpTestsBodies.json(f, as.value());
        effects.add("assert.Equal(t, " + v + ", out[\"" + f.name() + "\"])");
      }
      out.add(
          Maps.of(
              "name",
              c.name(),
              "path",
              path,
              "segment",
              op.actionSegment().orElseThrow(),
              "allowed",
              allowed,
              "cases",
              cases,
              "effects",
              effects));
    }
    return out;
  }

  private static Map<String, Object> kase(
      String name, String create, String body, String want, String fields) {
    return Maps.of(
        "name",
        "\"" + name + "\"",
        "create",
        create,
        "body",
        body,
        "want",
        want,
        "fields",
        fields == null ? List.of() : List.of(fields));
  }

  /**
   * The create body of the aggregate in a state, as a Go expression: the valid body with the
   * state's fields set ({@code withMembers}, the tests' helper), not the whole body pasted again.
   */
  static String create(Aggregate a, String validConst, Map<String, String> state) {
    List<Sample.Member> members = new ArrayList<>();
    for (Field f : a.fields()) {
      if (state.containsKey(f.name())) {
        members.add(new Sample.Member(f.name(), Scenarios.scalar(f, state.get(f.name()))));
      }
    }
    if (members.isEmpty()) {
      return validConst;
    }
    return "withMembers(t, "
        + validConst
        + ", `"
        + new Sample.Obj(members).json(HttpTestsBodies::quoteInRaw)
        + "`)";
  }
}
