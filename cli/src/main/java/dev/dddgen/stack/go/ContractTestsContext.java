package dev.dddgen.stack.go;

import dev.dddgen.model.Aggregate;
import dev.dddgen.model.Entity;
import dev.dddgen.model.Field;
import dev.dddgen.model.FieldType;
import dev.dddgen.model.Scalar;
import dev.dddgen.naming.Routes;
import dev.dddgen.stack.go.GoPersistenceViews.ParamValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The view of the repository contract tests, and the PostgreSQL-only ones' references. */
final class ContractTestsContext {
  private ContractTestsContext() {}

  /** The view of aggregate_contract_test: its fixtures and the cases of the contract. */
  static GoPersistenceViews.ContractTest of(GoProject p, Aggregate a) {
    GoProject.AggregateNames n = p.names(a);
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

    List<ParamValue> params = new ArrayList<>();
    List<GoPersistenceViews.UniqueCase> unique = new ArrayList<>();
    for (Field f : a.fields()) {
      String value;
      if (f.type() instanceof FieldType.Reference && !isArg(a, f)) {
        continue;
      } else if (isArg(a, f)) {
        value = "&" + GoNames.local(f.name());
      } else if (f.unique() && !DomainTestsValues.composite(p.model(), f)) {
        value = uniqueValue(p, f);
        // The getter of an optional field (without a default) already returns a pointer.
        boolean pointer =
            f.optional()
                && f.defaultValue().isEmpty()
                && !(f.type() instanceof FieldType.ValueObjectType);
        unique.add(
            new GoPersistenceViews.UniqueCase(
                f.name(),
                GoNames.exported(f.name()),
                GoNames.quote(f.name()),
                pointer,
                f.type() instanceof FieldType.ValueObjectType));
      } else {
        value = new DomainTestSamples(p.model(), a, n.ref()).valid(null, f, true);
      }
      params.add(new ParamValue(GoNames.exported(f.name()), value, false));
    }
    List<GoPersistenceViews.EntityParams> entityParams = new ArrayList<>();
    for (Entity e : a.entities()) {
      List<ParamValue> item = new ArrayList<>();
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
                    : new DomainTestSamples(p.model(), a, n.ref()).valid(e.name(), f, true);
        item.add(new ParamValue(GoNames.exported(f.name()), v, false));
      }
      entityParams.add(
          new GoPersistenceViews.EntityParams(
              GoNames.exported(e.plural()), e.name(), markLast(item)));
    }

    List<String> queryFilters =
        a.query(dev.dddgen.model.Query.Kind.LIST)
            .map(dev.dddgen.model.Query::filters)
            .orElse(List.of());
    List<Arg> filterArgs = new ArrayList<>();
    for (Arg arg : args) {
      if (queryFilters.contains(arg.field) && a.field(arg.field).isPresent()) {
        filterArgs.add(arg);
      }
    }
    List<GoPersistenceViews.FixtureArg> fixture = new ArrayList<>();
    List<GoPersistenceViews.SetupVar> setup = new ArrayList<>();
    List<String> matching = new ArrayList<>();
    List<GoPersistenceViews.ListFilter> filters = new ArrayList<>();
    for (Arg arg : args) {
      String local = localOf.apply(arg);
      String exported = GoNames.exported(arg.field);
      String matches = arg.value;
      if (filterArgs.contains(arg) && arg.target != null) {
        // A reference filter matches a row stored before the fixtures.
        setup.add(new GoPersistenceViews.SetupVar(local, arg.value));
        matches = local;
        filters.add(new GoPersistenceViews.ListFilter(exported, local, true));
      } else if (filterArgs.contains(arg)) {
        filters.add(new GoPersistenceViews.ListFilter(exported, arg.value, false));
      }
      matching.add(matches);
      fixture.add(
          new GoPersistenceViews.FixtureArg(
              local,
              argType(a, n.ref(), arg),
              exported,
              arg.value,
              matches,
              arg.entityList != null,
              arg.entityList == null ? "" : arg.entityList,
              fixture.isEmpty()));
    }
    List<GoPersistenceViews.OtherFixture> others = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      Arg arg = args.get(i);
      if (!filterArgs.contains(arg)) {
        continue;
      }
      List<String> o = new ArrayList<>(matching);
      o.set(i, arg.target != null ? arg.value : otherValue(a, n.ref(), arg));
      others.add(new GoPersistenceViews.OtherFixture(o));
    }
    GoPersistenceViews.ListCase list =
        new GoPersistenceViews.ListCase(
            !filterArgs.isEmpty(),
            setup,
            others,
            filters,
            filterArgs.stream().anyMatch(x -> x.target != null));

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
    return new GoPersistenceViews.ContractTest(
        n.name(),
        n.ref(),
        n.receiver(),
        n.pluralLocal(),
        GoNames.lowerCamel(n.name()) + "Params",
        "New" + a.name(),
        "Err" + a.name() + "NotFound",
        human(a.name()),
        fixture,
        params,
        entityParams,
        a.entities().stream().map(e -> GoNames.exported(e.plural())).toList(),
        unique,
        update != null,
        change(p, a, n.ref(), update, action),
        list);
  }

  /**
   * The change the contract applies: the update command when there is one, else the first action,
   * else none (an update that changes nothing still stores a new version).
   */
  private static GoPersistenceViews.Change change(
      GoProject p,
      Aggregate a,
      String ref,
      dev.dddgen.model.Command update,
      dev.dddgen.model.Command action) {
    boolean byAction = update == null && action != null;
    List<ParamValue> actionParams = new ArrayList<>();
    if (byAction) {
      for (Field f : action.params()) {
        // A reference must name a stored row: the repository refuses an id no row has.
        String value =
            f.type() instanceof FieldType.Reference r
                ? "ptr(new" + r.aggregate() + "(t, repos).ID())"
                : new DomainTestSamples(p.model(), a, ref).valid(null, f, true);
        actionParams.add(new ParamValue(GoNames.exported(f.name()), value, false));
      }
    }
    return new GoPersistenceViews.Change(
        update != null,
        byAction,
        byAction ? Routes.actionVerb(a.name(), action.name()) : "",
        byAction ? GoNames.exported(action.name()) : "",
        markLast(actionParams),
        new GoPersistenceViews.ChangeTarget(p.names(a).receiver()));
  }

  private static List<ParamValue> markLast(List<ParamValue> values) {
    List<ParamValue> out = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      ParamValue v = values.get(i);
      out.add(new ParamValue(v.exported(), v.value(), i == values.size() - 1));
    }
    return out;
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
        String t = GoTypes.enumTypeName(a, null, f);
        return t != null ? ref + "." + t : "bool";
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
