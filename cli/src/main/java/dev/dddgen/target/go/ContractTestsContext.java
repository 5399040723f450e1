package dev.dddgen.target.go;

import dev.dddgen.model.Aggregate;
import dev.dddgen.model.Entity;
import dev.dddgen.model.Field;
import dev.dddgen.model.FieldType;
import dev.dddgen.model.Scalar;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code tests.contract}: the repository contract tests, and the PostgreSQL-only ones. */
final class ContractTestsContext {
  private ContractTestsContext() {}

  /**
   * The aggregate's section of contract_test.go. Not rebuilt yet: returns an empty map, which the
   * project-level {@link #contract} skips (the per-aggregate sections are then not rendered).
   */
  static Map<String, Object> of(GoProject p, Aggregate a, Map<String, Object> aggregate) {
    return Map.of();
  }

  /** The {@code contract} key of contract_test.go. */
  static Map<String, Object> contract(GoProject p, List<Map<String, Object>> aggregates) {
    List<Map<String, Object>> items = new ArrayList<>();
    for (Map<String, Object> agg : aggregates) {
      Map<String, Object> item = new LinkedHashMap<>(agg);
      Object tests = agg.get("tests");
      Object section = tests instanceof Map<?, ?> m ? m.get("contract") : null;
      if (section instanceof Map<?, ?> s && !s.isEmpty()) {
        item.put("contract", section);
      } else {
        item.put("contract", List.of());
      }
      items.add(item);
    }
    return Maps.of("aggregates", items);
  }

  /** The {@code references} key of postgres_test.go. */
  static List<Object> references(GoProject p) {
    for (Aggregate a : p.model().aggregates()) {
      List<Arg> args = fixtureArgs(p, a);
      Arg first = args.stream().filter(x -> x.target != null).findFirst().orElse(null);
      if (first == null) {
        continue;
      }
      GoProject.AggregateNames n = p.names(a);
      GoProject.AggregateNames parent = p.names(first.target);
      StringBuilder missing = new StringBuilder();
      StringBuilder referenced = new StringBuilder();
      for (Arg arg : args) {
        if (missing.length() > 0) {
          missing.append(", ");
        }
        if (arg == first) {
          missing.append("uuid.New()");
          referenced.append(", parent.ID()");
        } else {
          missing.append(arg.value);
          referenced.append(", ").append(arg.value);
        }
      }
      Map<String, Object> miss = Maps.of(
          "receiver", n.receiver(), "ref", n.ref(), "name", n.name(),
          "paramsFunc", GoNames.lowerCamel(n.name()) + "Params", "args", missing.toString(),
          "pluralLocal", n.pluralLocal(), "field", GoNames.quote(first.field));
      Map<String, Object> ref = Maps.of(
          "parent", parent.name(), "child", n.name(), "args", referenced.toString(),
          "parentPlural", parent.pluralLocal());
      return List.of(Maps.of("missing", List.of(miss), "referenced", List.of(ref)));
    }
    return List.of();
  }

  /** One argument of an aggregate's fixture: a reference (target set), an enum or a bool. */
  private record Arg(String field, String target, String value) {}

  /** The fixture arguments: references (nested in entities too), then enums and bools. */
  private static List<Arg> fixtureArgs(GoProject p, Aggregate a) {
    List<Arg> refs = new ArrayList<>();
    List<Arg> rest = new ArrayList<>();
    GoProject.AggregateNames n = p.names(a);
    for (Field f : a.fields()) {
      if (f.type() instanceof FieldType.Reference r) {
        refs.add(new Arg(f.name(), r.aggregate(), "new" + r.aggregate() + "(t, repos).ID()"));
      } else if (f.type() instanceof FieldType.Enumeration e) {
        String v = f.defaultValue().orElse(e.values().get(0));
        rest.add(new Arg(f.name(), null, n.ref() + "." + GoNames.exported(f.name()) + enumConst(v)));
      } else if (f.type() instanceof FieldType.Builtin b && b.scalar() == Scalar.BOOL) {
        rest.add(new Arg(f.name(), null, f.defaultValue().orElse("true")));
      }
    }
    for (Entity e : a.entities()) {
      for (Field f : e.fields()) {
        if (f.type() instanceof FieldType.Reference r) {
          refs.add(new Arg(f.name(), r.aggregate(), "new" + r.aggregate() + "(t, repos).ID()"));
        }
      }
    }
    refs.addAll(rest);
    return refs;
  }

  private static String enumConst(String value) {
    StringBuilder out = new StringBuilder();
    for (String part : value.toLowerCase(java.util.Locale.ROOT).split("_")) {
      if (!part.isEmpty()) {
        out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
      }
    }
    return out.toString();
  }
}
