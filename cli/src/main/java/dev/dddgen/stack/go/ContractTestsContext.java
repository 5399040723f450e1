package dev.dddgen.stack.go;

import dev.dddgen.model.Aggregate;
import dev.dddgen.model.Entity;
import dev.dddgen.model.Field;
import dev.dddgen.model.FieldType;
import dev.dddgen.model.Scalar;
import dev.dddgen.naming.Routes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code tests.contract}: the repository contract tests, and the PostgreSQL-only ones. */
final class ContractTestsContext {
  private ContractTestsContext() {}

  /** The aggregate's repository contract test: its fixtures and the cases of the contract. */
  static Map<String, Object> of(GoProject p, Aggregate a, Map<String, Object> aggregate) {
    return build(p, a);
  }

  private static Map<String, Object> build(GoProject p, Aggregate a) {
    GoProject.AggregateNames n = p.names(a);
    String paramsFunc = GoNames.lowerCamel(n.name()) + "Params";
    List<Arg> args = fixtureArgs(p, a);
    Map<String, String> entityLocals = new LinkedHashMap<>();
    for (Entity e : a.entities()) {
      for (Field f : e.fields()) {
        if (f.type() instanceof FieldType.Reference && a.field(f.name()).isEmpty() && isArg(a, f)) {
          entityLocals.put(f.name(), GoNames.local(e.name() + GoNames.exported(f.name())));
        }
      }
    }
    java.util.function.Function<Arg, String> localOf =
        arg -> entityLocals.getOrDefault(arg.field, GoNames.local(arg.field));
    StringBuilder argList = new StringBuilder();
    StringBuilder argNames = new StringBuilder();
    StringBuilder newArgs = new StringBuilder();
    for (Arg arg : args) {
      String local = localOf.apply(arg);
      if (argList.length() > 0) {
        argList.append(", ");
        argNames.append(", ");
      }
      argList.append(local).append(" ").append(argType(a, n.ref(), arg));
      argNames.append(local);
      newArgs.append(", ").append(arg.value);
    }
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("name", n.name());
    c.put("ref", n.ref());
    c.put("receiver", n.receiver());
    c.put("pluralLocal", n.pluralLocal());
    c.put("paramsFunc", paramsFunc);
    c.put("constructor", "New" + a.name());
    c.put("notFound", "Err" + a.name() + "NotFound");
    c.put("human", human(a.name()));
    c.put("argList", argList.toString());
    c.put("argListTail", argList.length() > 0 ? ", " + argList : "");
    c.put("argNames", argNames.toString());
    c.put("newArgs", newArgs.toString());
    List<Map<String, Object>> params = new ArrayList<>();
    List<Map<String, Object>> unique = new ArrayList<>();
    for (Field f : a.fields()) {
      String value;
      if (f.type() instanceof FieldType.Reference && !isArg(a, f)) {
        continue;
      } else if (isArg(a, f)) {
        value = "&" + GoNames.local(f.name());
      } else if (f.unique() && !DomainTestsValues.composite(p.model(), f)) {
        value = uniqueValue(p, f);
        String getter = "existing." + GoNames.exported(f.name()) + "()";
        if (f.type() instanceof FieldType.ValueObjectType) {
          getter += ".Value()";
        }
        Map<String, Object> u = new LinkedHashMap<>();
        u.put("field", f.name());
        u.put("exported", GoNames.exported(f.name()));
        // The getter of an optional field (without a default) already returns a pointer.
        boolean pointer =
            f.optional()
                && f.defaultValue().isEmpty()
                && !(f.type() instanceof FieldType.ValueObjectType);
        u.put("fromExisting", pointer ? getter : "ptr(" + getter + ")");
        u.put("fieldLiteral", GoNames.quote(f.name()));
        u.put("newArgNames", newArgs.length() > 0 ? newArgs.substring(2) : "");
        unique.add(u);
      } else {
        value = DomainTestsAggregate.paramValue(p.model(), a, n.ref(), null, f, false, true);
      }
      params.add(Maps.of("exported", GoNames.exported(f.name()), "value", value));
    }
    List<String> entityLists = new ArrayList<>();
    for (Entity e : a.entities()) {
      List<String> itemParts = new ArrayList<>();
      for (Field f : e.fields()) {
        if (f.type() instanceof FieldType.Reference && !isArg(a, f)) {
          continue;
        }
        // Each item evaluates its own unique value: the two items of a list never collide.
        String v =
            f.type() instanceof FieldType.Reference && entityLocals.containsKey(f.name())
                ? "&" + entityLocals.get(f.name())
                : f.unique() && !DomainTestsValues.composite(p.model(), f)
                    ? uniqueValue(p, f)
                    : DomainTestsAggregate.paramValue(
                        p.model(), a, n.ref(), e.name(), f, false, true);
        itemParts.add(GoNames.exported(f.name()) + ": " + v);
      }
      String item = "{" + String.join(", ", itemParts) + "}";
      params.add(
          Maps.of(
              "exported",
              GoNames.exported(e.plural()),
              "value",
              "[]" + n.ref() + "." + e.name() + "Params{" + item + ", " + item + "}"));
      entityLists.add(GoNames.exported(e.plural()));
    }
    c.put("params", params);
    c.put("entityLists", entityLists);
    c.put("unique", unique);
    dev.dddgen.model.Command update =
        a.commands().stream()
            .filter(x -> x.kind() == dev.dddgen.model.Command.Kind.UPDATE)
            .findFirst()
            .orElse(null);
    dev.dddgen.model.Command action =
        a.commands().stream()
            .filter(x -> x.kind() == dev.dddgen.model.Command.Kind.ACTION)
            .findFirst()
            .orElse(null);
    Map<String, Object> change = new LinkedHashMap<>();
    if (update == null && action == null) {
      // Nothing can change it: an update that changes nothing still stores a new version.
      c.put("changeFixture", "new" + n.name() + "(t, repos)");
      change.put("self", "nil");
      change.put("inner", "nil");
      change.put("outer", "nil");
    } else if (update != null) {
      c.put("changeFixture", "new" + n.name() + "(t, repos)");
      change.put(
          "self",
          n.receiver() + ".Update(" + paramsFunc + "(" + fromSelf(args, n.receiver()) + "))");
      change.put("inner", "inner.Update(" + paramsFunc + "(" + fromSelf(args, "inner") + "))");
      change.put("outer", "outer.Update(" + paramsFunc + "(" + fromSelf(args, "outer") + "))");
    } else {
      c.put("changeFixture", "add" + n.name() + "(t, repos" + newArgs + ")");
      List<String> parts = new ArrayList<>();
      for (Field f : action.params()) {
        parts.add(
            GoNames.exported(f.name())
                + ": "
                + DomainTestsAggregate.paramValue(p.model(), a, n.ref(), null, f, false, true));
      }
      // An action without parameters has no Params type: its method takes nothing.
      String call =
          "."
              + Routes.actionVerb(a.name(), action.name())
              + "("
              + (action.params().isEmpty()
                  ? ""
                  : n.ref()
                      + "."
                      + GoNames.exported(action.name())
                      + "Params{"
                      + String.join(", ", parts)
                      + "}")
              + ")";
      change.put("self", n.receiver() + call);
      change.put("inner", "inner" + call);
      change.put("outer", "outer" + call);
    }
    change.put("changes", update == null && action == null ? List.of() : List.of(Boolean.TRUE));
    c.put("change", change);
    for (Map<String, Object> u : unique) {
      u.put(
          "update",
          update == null
              ? List.of()
              : List.of(Maps.of("argsFromSelf", fromSelf(args, n.receiver()))));
    }
    Map<String, Object> list = new LinkedHashMap<>();
    List<Arg> filterArgs = new ArrayList<>();
    List<String> queryFilters =
        a.queries().stream()
            .filter(q -> q.kind() == dev.dddgen.model.Query.Kind.LIST)
            .findFirst()
            .map(dev.dddgen.model.Query::filters)
            .orElse(List.of());
    for (Arg arg : args) {
      if (queryFilters.contains(arg.field) && a.field(arg.field).isPresent()) {
        filterArgs.add(arg);
      }
    }
    List<String> setup = new ArrayList<>();
    List<String> matching = new ArrayList<>();
    List<Map<String, Object>> filters = new ArrayList<>();
    List<String> checks = new ArrayList<>();
    for (Arg arg : args) {
      String local = localOf.apply(arg);
      if (filterArgs.contains(arg) && arg.target != null) {
        setup.add(local + " := " + arg.value + "");
        matching.add(local);
        filters.add(Maps.of("exported", GoNames.exported(arg.field), "value", "&" + local));
        checks.add("assert.Equal(t, " + local + ", item." + GoNames.exported(arg.field) + "())");
      } else if (filterArgs.contains(arg)) {
        matching.add(arg.value);
        filters.add(
            Maps.of("exported", GoNames.exported(arg.field), "value", "ptr(" + arg.value + ")"));
        checks.add(
            "assert.Equal(t, " + arg.value + ", item." + GoNames.exported(arg.field) + "())");
      } else {
        matching.add(arg.value);
      }
    }
    List<String> others = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      Arg arg = args.get(i);
      if (!filterArgs.contains(arg)) {
        continue;
      }
      List<String> o = new ArrayList<>(matching);
      o.set(i, arg.target != null ? arg.value : otherValue(a, n.ref(), arg));
      others.add(", " + String.join(", ", o));
    }
    boolean filtered = !filterArgs.isEmpty();
    list.put("filtered", filtered);
    list.put("setup", setup);
    list.put("matching", matching.isEmpty() ? "" : ", " + String.join(", ", matching));
    list.put("others", others);
    list.put("filters", filters);
    list.put("checks", checks);
    boolean isolated = filterArgs.stream().anyMatch(x -> x.target != null);
    list.put(
        "assertion", isolated ? "assert.Equal(t, want, got)" : "assertSubsequence(t, want, got)");
    c.put("list", list);
    return c;
  }

  private static String fromSelf(List<Arg> args, String self) {
    List<String> out = new ArrayList<>();
    for (Arg arg : args) {
      // A reference inside a child entity is read from the first item (every fixture has two).
      out.add(
          self
              + "."
              + (arg.entityList == null ? "" : arg.entityList + "()[0].")
              + GoNames.exported(arg.field)
              + "()");
    }
    return String.join(", ", out);
  }

  private static String otherValue(Aggregate a, String ref, Arg arg) {
    for (Field f : a.fields()) {
      if (f.name().equals(arg.field)) {
        if (f.type() instanceof FieldType.Enumeration e) {
          String def = f.defaultValue().orElse(e.values().get(0));
          for (String v : e.values()) {
            if (!v.equals(def)) {
              return ref + "." + GoNames.exported(f.name()) + enumConst(v);
            }
          }
        }
        return "true".equals(arg.value) ? "false" : "true";
      }
    }
    return arg.value;
  }

  /**
   * A valid value of a unique field that no other test uses: varied text, or a number from a
   * sequence.
   */
  private static String uniqueValue(GoProject p, Field f) {
    Field leaf =
        f.type() instanceof FieldType.ValueObjectType
            ? DomainTestsValues.vo(p.model(), f).wrapped()
            : f;
    String sample = dev.dddgen.model.Samples.valid(p.model(), leaf);
    Scalar scalar = leaf.type() instanceof FieldType.Builtin b ? b.scalar() : Scalar.STRING;
    boolean numeric = scalar == Scalar.INT || scalar == Scalar.LONG || scalar == Scalar.DECIMAL;
    String next =
        numeric ? "uniqueNumber(" + lowOf(leaf, sample) + ", " + highOf(leaf, scalar) + ")" : null;
    return "ptr("
        + switch (scalar) {
          case STRING, TEXT, BOOL ->
              "uniqueText("
                  + DomainTestsValues.string(sample)
                  + ", "
                  + (patternOf(p, f) != null ? "`" + patternOf(p, f) + "`" : "\"\"")
                  + ")";
          case INT -> "int32(" + next + ")";
          case LONG -> next;
          case DECIMAL -> "shared.NewDecimal(" + next + ", 0)";
          case UUID -> "uuid.New()";
          case DATE ->
              "shared.DateOf(time.Date(2000, time.January, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, int("
                  + "uniqueNumber(0, 36500))))";
          case TIMESTAMP ->
              "time.Date(2000, time.January, 1, 0, 0, 0, 0, time.UTC).Add(time.Duration("
                  + "uniqueNumber(0, 3000000000)) * time.Second)";
        }
        + ")";
  }

  /** The smallest whole number the field accepts, starting from the sample. */
  private static String lowOf(Field f, String sample) {
    java.math.BigDecimal low =
        new java.math.BigDecimal(sample).setScale(0, java.math.RoundingMode.CEILING);
    if (f.constraints() != null && f.constraints().min().isPresent()) {
      low = low.max(f.constraints().min().get().setScale(0, java.math.RoundingMode.CEILING));
    }
    return low.toPlainString();
  }

  private static String highOf(Field f, Scalar scalar) {
    if (f.constraints() != null && f.constraints().max().isPresent()) {
      return f.constraints().max().get().setScale(0, java.math.RoundingMode.FLOOR).toPlainString();
    }
    return scalar == Scalar.INT ? "2147483647" : "9223372036854775807";
  }

  private static String argType(Aggregate a, String ref, Arg arg) {
    if (arg.target != null) {
      return "uuid.UUID";
    }
    for (Field f : a.fields()) {
      if (f.name().equals(arg.field)) {
        String t = DomainTestsAggregate.enumType(a, ref, null, f);
        return t != null ? t : "bool";
      }
    }
    return "bool";
  }

  private static String patternOf(GoProject p, Field f) {
    if (f.constraints() != null && f.constraints().pattern().isPresent()) {
      return f.constraints().pattern().get();
    }
    if (f.type() instanceof FieldType.ValueObjectType) {
      dev.dddgen.model.ValueObject vo = DomainTestsValues.vo(p.model(), f);
      for (Field part : vo.fields()) {
        if (part.constraints() != null && part.constraints().pattern().isPresent()) {
          return part.constraints().pattern().get();
        }
      }
      return null;
    }
    if (f.type() instanceof FieldType.Builtin b && b.scalar() == Scalar.STRING) {
      return null;
    }
    return null;
  }

  private static String human(String name) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < name.length(); i++) {
      char ch = name.charAt(i);
      if (Character.isUpperCase(ch) && i > 0) {
        out.append(' ');
      }
      out.append(Character.toLowerCase(ch));
    }
    return out.toString();
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
      Map<String, Object> miss =
          Maps.of(
              "receiver",
              n.receiver(),
              "ref",
              n.ref(),
              "name",
              n.name(),
              "paramsFunc",
              GoNames.lowerCamel(n.name()) + "Params",
              "args",
              missing.toString(),
              "pluralLocal",
              n.pluralLocal(),
              "field",
              GoNames.quote(first.field));
      Map<String, Object> ref =
          Maps.of(
              "parent",
              parent.name(),
              "child",
              n.name(),
              "args",
              referenced.toString(),
              "parentPlural",
              parent.pluralLocal());
      return List.of(Maps.of("missing", List.of(miss), "referenced", List.of(ref)));
    }
    return List.of();
  }

  /** One argument of an aggregate's fixture: a reference (target set), an enum or a bool. */
  private record Arg(String field, String target, String value, String entityList) {
    Arg(String field, String target, String value) {
      this(field, target, value, null);
    }

    // Spelled out: the record's own equals is linked through a method-handle bootstrap that costs a
    // cold run milliseconds (see FieldType).
    @Override
    public boolean equals(Object other) {
      return other instanceof Arg that
          && java.util.Objects.equals(field, that.field)
          && java.util.Objects.equals(target, that.target)
          && java.util.Objects.equals(value, that.value)
          && java.util.Objects.equals(entityList, that.entityList);
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hash(field, target, value, entityList);
    }
  }

  /** The fixture arguments: references (nested in entities too), then enums and bools. */
  private static List<Arg> fixtureArgs(GoProject p, Aggregate a) {
    List<Arg> refs = new ArrayList<>();
    List<Arg> rest = new ArrayList<>();
    GoProject.AggregateNames n = p.names(a);
    for (Field f : a.fields()) {
      if (!isArg(a, f)) {
        continue;
      }
      if (f.type() instanceof FieldType.Reference r) {
        refs.add(new Arg(f.name(), r.aggregate(), "new" + r.aggregate() + "(t, repos).ID()"));
      } else if (f.type() instanceof FieldType.Enumeration e) {
        String v = f.defaultValue().orElse(e.values().get(0));
        rest.add(
            new Arg(f.name(), null, n.ref() + "." + GoNames.exported(f.name()) + enumConst(v)));
      } else if (f.type() instanceof FieldType.Builtin b && b.scalar() == Scalar.BOOL) {
        rest.add(new Arg(f.name(), null, f.defaultValue().orElse("true")));
      }
    }
    for (Entity e : a.entities()) {
      for (Field f : e.fields()) {
        if (f.type() instanceof FieldType.Reference r && isArg(a, f)) {
          refs.add(
              new Arg(
                  f.name(),
                  r.aggregate(),
                  "new" + r.aggregate() + "(t, repos).ID()",
                  GoNames.exported(e.plural())));
        }
      }
    }
    refs.addAll(rest);
    return refs;
  }

  /**
   * Whether the fixture takes the field as an argument: required references to other aggregates
   * (each fixture stores the rows it refers to; an optional or self reference stays nil, so
   * fixtures never recurse), and required enums and bools (so list tests can filter on them).
   */
  private static boolean isArg(Aggregate a, Field f) {
    boolean required = !f.optional() || f.defaultValue().isPresent();
    if (f.type() instanceof FieldType.Reference r) {
      return required && !r.aggregate().equals(a.name());
    }
    return required
        && (f.type() instanceof FieldType.Enumeration
            || f.type() instanceof FieldType.Builtin b && b.scalar() == Scalar.BOOL);
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
