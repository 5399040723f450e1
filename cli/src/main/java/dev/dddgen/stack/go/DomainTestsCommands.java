package dev.dddgen.stack.go;

import dev.dddgen.model.Aggregate;
import dev.dddgen.model.Command;
import dev.dddgen.model.DomainModel;
import dev.dddgen.model.Field;
import dev.dddgen.model.FieldType;
import dev.dddgen.model.Samples;
import dev.dddgen.model.Scalar;
import dev.dddgen.naming.Routes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code tests.domain.commands}: one test per action. */
final class DomainTestsCommands {
  private DomainTestsCommands() {}

  static List<Map<String, Object>> of(GoProject p, Aggregate a, String ref, String recv) {
    DomainModel model = p.model();
    List<Map<String, Object>> out = new ArrayList<>();
    for (Command c : a.commands()) {
      boolean domainDelete =
          c.kind() == Command.Kind.DELETE && (!c.guards().isEmpty() || c.emits().isPresent());
      if (c.kind() != Command.Kind.ACTION && !domainDelete) {
        continue;
      }
      String params = ref + ".Params";
      boolean hasParams = !c.params().isEmpty();
      String paramsType = c.name() + "Params";
      String sentinel = ref + ".Err" + c.name() + "NotAllowed";
      // allowed state
      List<String> allowedSets = new ArrayList<>();
      List<String> allowedWords = new ArrayList<>();
      for (Command.Guard g : c.guards()) {
        Field f = a.field(g.field()).orElseThrow();
        allowedSets.add(set(model, a, ref, f, g.values().get(0)));
        allowedWords.add(g.field() + " is " + g.values().get(0));
      }
      String allowedState = state(params, allowedSets);
      String validParams = paramsLiteral(model, a, ref, c, null, false);
      List<Map<String, Object>> cases = new ArrayList<>();
      cases.add(
          kase(
              allowedWords.isEmpty()
                  ? "allowed"
                  : "allowed when " + String.join(" and ", allowedWords),
              allowedState,
              hasParams ? validParams : null,
              null,
              null));
      for (int i = 0; i < c.guards().size(); i++) {
        Command.Guard g = c.guards().get(i);
        Field f = a.field(g.field()).orElseThrow();
        List<String> others = new ArrayList<>();
        if (f.type() instanceof FieldType.Enumeration e) {
          for (String v : e.values()) {
            if (!g.values().contains(v)) {
              others.add(v);
            }
          }
        } else if (f.type() instanceof FieldType.Builtin b && b.scalar() == Scalar.BOOL) {
          for (String v : List.of("true", "false")) {
            if (!g.values().contains(v)) {
              others.add(v);
            }
          }
        }
        for (String v : others) {
          List<String> sets = new ArrayList<>(allowedSets);
          sets.set(i, set(model, a, ref, f, v));
          cases.add(
              kase(
                  "refused when " + g.field() + " is " + v,
                  state(params, sets),
                  hasParams ? validParams : null,
                  sentinel,
                  null));
        }
      }
      for (Field param : c.params()) {
        if (!param.omittable()) {
          cases.add(
              kase(
                  param.name() + " missing",
                  allowedState,
                  paramsLiteral(model, a, ref, c, param.name(), false),
                  null,
                  DomainTestsValues.stringList(List.of(param.name()))));
        }
      }
      for (Field param : c.params()) {
        if (!DomainTestsValues.composite(model, param)
            && Samples.invalid(model, param).isPresent()) {
          cases.add(
              kase(
                  param.name() + " invalid",
                  allowedState,
                  paramsLiteral(model, a, ref, c, param.name(), true),
                  null,
                  DomainTestsValues.stringList(List.of(param.name()))));
        }
      }
      List<String> effects = new ArrayList<>();
      for (Command.Assignment as : c.assignments()) {
        Field f = a.field(as.field()).orElseThrow();
        String ex = GoNames.exported(f.name());
        String lit =
            DomainTestsValues.literal(
                model, f, as.value(), DomainTestsAggregate.enumType(a, ref, null, f));
        boolean ptr = f.optional() && f.defaultValue().isEmpty();
        effects.add("assert.Equal(t, " + lit + ", " + (ptr ? "*" : "") + recv + "." + ex + "())");
      }
      for (Field param : c.params()) {
        var target = a.field(param.name());
        if (target.isEmpty()) {
          continue;
        }
        Field f = target.get();
        String ex = GoNames.exported(f.name());
        boolean ptr = f.optional() && f.defaultValue().isEmpty();
        if (param.omittable()) {
          // The valid parameters leave it out: an optional one clears an optional field.
          if (ptr && param.defaultValue().isEmpty()) {
            effects.add("assert.Nil(t, " + recv + "." + ex + "())");
          }
          continue;
        }
        boolean ts = f.type() instanceof FieldType.Builtin b && b.scalar() == Scalar.TIMESTAMP;
        String val = ts ? "shared.NormalizeTime(*tt.params." + ex + ")" : "*tt.params." + ex;
        if (DomainTestsValues.composite(model, f)) {
          continue;
        }
        String got = (ptr ? "*" : "") + recv + "." + ex + "()";
        Field wrapped =
            f.type() instanceof FieldType.ValueObjectType vot
                ? model.valueObject(vot.name()).orElseThrow().wrapped()
                : null;
        if (wrapped != null) {
          // A simple value object: its value is compared with the parameter (Value is callable on
          // the pointer an optional field's getter returns, where "*" would apply to the value).
          got = recv + "." + ex + "().Value()";
          Scalar ws = DomainFields.scalar(wrapped);
          if (ws == Scalar.DECIMAL || ws == Scalar.TIMESTAMP) {
            // "*p.X.Equal(y)" would dereference the result: the pointer is parenthesized.
            String receiver = val.startsWith("*") ? "(" + val + ")" : val;
            effects.add("assert.True(t, " + receiver + ".Equal(" + got + "))");
            continue;
          }
        }
        effects.add("assert.Equal(t, " + val + ", " + got + ")");
      }
      List<Object> event = new ArrayList<>();
      c.emits()
          .ifPresent(name -> event.add(Maps.of("name", name, "nameLiteral", GoNames.quote(name))));
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("method", domainDelete ? "Delete" : Routes.actionVerb(a.name(), c.name()));
      m.put("hasParams", hasParams);
      m.put("paramsType", paramsType);
      m.put("cases", cases);
      m.put("effects", effects);
      m.put("event", event);
      out.add(m);
    }
    return out;
  }

  static String set(DomainModel model, Aggregate a, String ref, Field f, String value) {
    return "p."
        + GoNames.exported(f.name())
        + " = ptr("
        + DomainTestsValues.literal(model, f, value, DomainTestsAggregate.enumType(a, ref, null, f))
        + ")";
  }

  static String state(String params, List<String> sets) {
    if (sets.isEmpty()) {
      return "func(*" + params + ") {}";
    }
    if (sets.size() == 1) {
      return "func(p *" + params + ") { " + sets.get(0) + " }";
    }
    StringBuilder sb = new StringBuilder("func(p *" + params + ") {\n");
    for (String s : sets) {
      sb.append("\t\t\t").append(s).append("\n");
    }
    return sb.append("\t\t}").toString();
  }

  static String paramsLiteral(
      DomainModel model, Aggregate a, String ref, Command c, String change, boolean invalid) {
    List<String> parts = new ArrayList<>();
    for (Field param : c.params()) {
      boolean here = param.name().equals(change);
      if (here && !invalid) {
        continue;
      }
      if (param.omittable() && !here) {
        continue;
      }
      parts.add(
          GoNames.exported(param.name())
              + ": "
              + DomainTestsAggregate.paramValue(model, a, ref, c.name(), param, here && invalid));
    }
    return ref + "." + c.name() + "Params{" + String.join(", ", parts) + "}";
  }

  static Map<String, Object> kase(
      String name, String state, String params, String wantErr, String wantFields) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", GoNames.quote(name));
    m.put("state", state);
    m.put("params", params == null ? "" : params);
    m.put("wantErr", wantErr == null ? List.of() : List.of(wantErr));
    m.put("wantFields", wantFields == null ? List.of() : List.of(wantFields));
    return m;
  }
}
