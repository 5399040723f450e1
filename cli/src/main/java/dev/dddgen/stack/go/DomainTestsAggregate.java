package dev.dddgen.stack.go;

import dev.dddgen.model.Aggregate;
import dev.dddgen.model.Command;
import dev.dddgen.model.DomainModel;
import dev.dddgen.model.Entity;
import dev.dddgen.model.Event;
import dev.dddgen.model.Field;
import dev.dddgen.model.FieldType;
import dev.dddgen.model.Samples;
import dev.dddgen.model.Scalar;
import dev.dddgen.naming.Names;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code tests.domain} of an aggregate. */
final class DomainTestsAggregate {
  private DomainTestsAggregate() {}

  static Map<String, Object> of(GoProject p, Aggregate a, Map<String, Object> aggregate) {
    DomainModel model = p.model();
    GoProject.AggregateNames n = p.names(a);
    String ref = n.ref();
    String recv = n.receiver();
    String params = ref + ".Params";
    Map<String, Object> map = new LinkedHashMap<>();

    List<Map<String, Object>> validParams = new ArrayList<>();
    for (Field f : a.fields()) {
      if (!f.omittable()) {
        validParams.add(
            Maps.of(
                "exported",
                GoNames.exported(f.name()),
                "value",
                paramValue(model, a, ref, null, f, false)));
      }
    }
    for (Entity e : a.entities()) {
      validParams.add(
          Maps.of(
              "exported",
              GoNames.exported(e.plural()),
              "value",
              "[]" + ref + "." + e.name() + "Params{" + entityItem(model, a, ref, e) + "}"));
    }
    map.put("validParams", validParams);
    // No field to set (every field optional): gofmt wants the empty literal on one line.
    map.put("hasValidParams", !validParams.isEmpty());

    List<Map<String, Object>> cases = new ArrayList<>();
    boolean anyOptional = a.fields().stream().anyMatch(Field::omittable);
    cases.add(
        kase(anyOptional ? "valid with defaults" : "valid", "func(*" + params + ") {}", null));
    if (a.fields().stream().filter(Field::omittable).count() == 1) {
      Field f = a.fields().stream().filter(Field::omittable).findFirst().orElseThrow();
      cases.add(
          kase(
              "valid with every field",
              "func(p *"
                  + params
                  + ") { p."
                  + GoNames.exported(f.name())
                  + " = "
                  + paramValue(model, a, ref, null, f, false, true)
                  + " }",
              null));
    } else if (anyOptional) {
      StringBuilder sb = new StringBuilder("func(p *" + params + ") {\n");
      for (Field f : a.fields()) {
        if (f.omittable()) {
          sb.append("\t\t\tp.")
              .append(GoNames.exported(f.name()))
              .append(" = ")
              .append(paramValue(model, a, ref, null, f, false, true))
              .append("\n");
        }
      }
      cases.add(kase("valid with every field", sb.append("\t\t}").toString(), null));
    }
    for (Field f : a.fields()) {
      if (!(f.type() instanceof FieldType.Builtin b)) {
        continue;
      }
      var c = f.constraints();
      String set = "func(p *" + params + ") { p." + GoNames.exported(f.name()) + " = ptr(";
      if (b.scalar().isTextual()) {
        if (c.minLength().isPresent() && c.minLength().getAsInt() > 0 && c.pattern().isEmpty()) {
          cases.add(
              kase(
                  f.name() + " at minimum length",
                  set + DomainTestsValues.string("a".repeat(c.minLength().getAsInt())) + ") }",
                  null));
        }
        if (c.maxLength().isPresent() && c.pattern().isEmpty()) {
          cases.add(
              kase(
                  f.name() + " at maximum length",
                  set + DomainTestsValues.string("a".repeat(c.maxLength().getAsInt())) + ") }",
                  null));
        }
      } else if (b.scalar().isNumeric()) {
        if (c.min().isPresent()) {
          cases.add(
              kase(
                  f.name() + " at minimum",
                  set
                      + DomainTestsValues.literal(model, f, c.min().get().toPlainString(), null)
                      + ") }",
                  null));
        }
        if (c.max().isPresent()) {
          cases.add(
              kase(
                  f.name() + " at maximum",
                  set
                      + DomainTestsValues.literal(model, f, c.max().get().toPlainString(), null)
                      + ") }",
                  null));
        }
      }
    }
    List<String> required = new ArrayList<>();
    for (Field f : a.fields()) {
      if (!f.omittable()) {
        required.add(f.name());
        cases.add(
            kase(
                f.name() + " missing",
                "func(p *" + params + ") { p." + GoNames.exported(f.name()) + " = nil }",
                List.of(f.name())));
      }
    }
    for (Field f : a.fields()) {
      invalidCases(model, a, ref, null, f, "p.", f.name(), params, cases);
    }
    for (Entity e : a.entities()) {
      String list = GoNames.lowerCamel(e.plural());
      String listEx = GoNames.exported(e.plural());
      for (Field f : e.fields()) {
        invalidCases(
            model,
            a,
            ref,
            e.name(),
            f,
            "p." + listEx + "[0].",
            list + "[0]." + f.name(),
            params,
            cases);
      }
      List<String> missing = new ArrayList<>();
      for (Field f : e.fields()) {
        if (!f.omittable()) {
          missing.add(list + "[1]." + f.name());
        }
      }
      if (!missing.isEmpty()) {
        cases.add(
            kase(
                String.join(" ", Names.words(e.name())).toLowerCase(Locale.ROOT)
                    + " fields missing",
                "func(p *"
                    + params
                    + ") { p."
                    + listEx
                    + " = append(p."
                    + listEx
                    + ", "
                    + ref
                    + "."
                    + e.name()
                    + "Params{}) }",
                missing));
      }
    }
    if (!required.isEmpty()) {
      cases.add(
          kase(
              "every field missing",
              "func(p *" + params + ") { *p = " + params + "{} }",
              required));
    }
    map.put("newCases", cases);

    List<String> assertions = new ArrayList<>();
    for (Field f : a.fields()) {
      String ex = GoNames.exported(f.name());
      if (DomainTestsValues.composite(model, f)) {
        continue;
      }
      boolean simpleVo = f.type() instanceof FieldType.ValueObjectType;
      if (simpleVo && f.optional() && f.defaultValue().isEmpty()) {
        continue;
      }
      if (f.defaultValue().isPresent()) {
        String valueOr =
            "shared.ValueOr(p."
                + ex
                + ", "
                + DomainTestsValues.literal(
                    model, f, f.defaultValue().get(), enumType(a, ref, null, f))
                + ")";
        assertions.add(
            "assert.Equal(t, "
                + (isTimestamp(f) ? "shared.NormalizeTime(" + valueOr + ")" : valueOr)
                + ", "
                + recv
                + "."
                + ex
                + "()"
                + (simpleVo ? ".Value()" : "")
                + ")");
      } else if (f.optional() && isTimestamp(f)) {
        assertions.add(
            "assert.Equal(t, shared.NormalizeTimePtr(p." + ex + "), " + recv + "." + ex + "())");
      } else if (isTimestamp(f)) {
        assertions.add(
            "assert.Equal(t, shared.NormalizeTime(*p." + ex + "), " + recv + "." + ex + "())");
      } else if (f.optional()) {
        assertions.add("assert.Equal(t, p." + ex + ", " + recv + "." + ex + "())");
      } else {
        assertions.add(
            "assert.Equal(t, *p."
                + ex
                + ", "
                + recv
                + "."
                + ex
                + "()"
                + (simpleVo ? ".Value()" : "")
                + ")");
      }
    }
    for (Entity e : a.entities()) {
      String listEx = GoNames.exported(e.plural());
      assertions.add("assert.Len(t, " + recv + "." + listEx + "(), len(p." + listEx + "))");
    }
    map.put("assertions", assertions);

    List<Object> createEvent = new ArrayList<>();
    a.command(Command.Kind.CREATE)
        .flatMap(Command::emits)
        .ifPresent(
            name -> {
              List<String> checks = new ArrayList<>();
              for (Event ev : a.events()) {
                if (ev.name().equals(name)) {
                  for (Event.EventField ef : ev.fields()) {
                    if (ef.fromAggregate()) {
                      String ex = GoNames.exported(ef.field().name());
                      checks.add("assert.Equal(t, " + recv + "." + ex + "(), event." + ex + ")");
                    }
                  }
                }
              }
              createEvent.add(Maps.of("name", name, "checks", checks));
            });
    map.put("createEvent", createEvent);
    List<Object> update = new ArrayList<>();
    if (a.command(Command.Kind.UPDATE).isPresent()) {
      List<String> everyField = new ArrayList<>();
      for (Field f : a.fields()) {
        if (f.omittable()) {
          everyField.add(
              "p."
                  + GoNames.exported(f.name())
                  + " = "
                  + paramValue(model, a, ref, null, f, false, true));
        }
      }
      List<Object> invalid = new ArrayList<>();
      for (Field f : a.fields()) {
        if (!f.omittable()) {
          List<String> unchanged = new ArrayList<>();
          for (Field g : a.fields()) {
            String ex = GoNames.exported(g.name());
            unchanged.add("assert.Equal(t, want." + ex + "(), " + recv + "." + ex + "())");
          }
          invalid.add(
              Maps.of(
                  "mutate",
                  "p." + GoNames.exported(f.name()) + " = nil",
                  "wantFields",
                  DomainTestsValues.stringList(List.of(f.name())),
                  "unchanged",
                  unchanged,
                  "state",
                  List.of()));
          break;
        }
      }
      update.add(
          Maps.of(
              "state",
              List.of(),
              "everyField",
              everyField,
              "assertions",
              assertions,
              "invalid",
              invalid));
    }
    map.put("update", update);
    map.put("commands", DomainTestsCommands.of(p, a, ref, recv));
    List<Object> pii = new ArrayList<>();
    if (a.fields().stream().anyMatch(Field::pii)) {
      List<String> setup = new ArrayList<>();
      List<String> hidden = new ArrayList<>();
      // The sample values of the fields that are logged: a personal value equal to one of them
      // would be found in the log although it was redacted.
      List<String> logged = new ArrayList<>();
      for (Field f : a.fields()) {
        if (!f.pii() && !DomainTestsValues.composite(model, f)) {
          logged.add(Samples.valid(model, f));
        }
      }
      for (Field f : a.fields()) {
        if (!f.pii() || DomainTestsValues.composite(model, f)) {
          continue;
        }
        String valid = Samples.valid(model, f);
        String distinct = logged.stream().anyMatch(v -> v.contains(valid)) ? distinctText(f) : null;
        if (distinct != null) {
          setup.add("p." + GoNames.exported(f.name()) + " = ptr(" + GoNames.quote(distinct) + ")");
          hidden.add(GoNames.quote(distinct));
          continue;
        }
        if (f.omittable()) {
          setup.add(
              "p."
                  + GoNames.exported(f.name())
                  + " = "
                  + paramValue(model, a, ref, null, f, false));
        }
        if (valid.length() > 3 && logged.stream().noneMatch(v -> v.contains(valid))) {
          hidden.add(DomainTestsValues.literal(model, f, valid, enumType(a, ref, null, f)));
        }
      }
      pii.add(Maps.of("setup", setup, "hidden", hidden));
    }
    map.put("pii", pii);
    return map;
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

  static boolean isTimestamp(Field f) {
    return f.type() instanceof FieldType.Builtin b && b.scalar() == Scalar.TIMESTAMP;
  }

  static String enumType(Aggregate a, String ref, String owner, Field f) {
    String t = GoTypes.enumTypeName(a, owner, f);
    return t == null ? null : ref + "." + t;
  }

  static String paramValue(
      DomainModel model, Aggregate a, String ref, String owner, Field f, boolean invalid) {
    return paramValue(model, a, ref, owner, f, invalid, false);
  }

  static String paramValue(
      DomainModel model,
      Aggregate a,
      String ref,
      String owner,
      Field f,
      boolean invalid,
      boolean every) {
    if (DomainTestsValues.composite(model, f)) {
      return DomainTestsValues.params(model, DomainTestsValues.vo(model, f), every, null, true);
    }
    String text = invalid ? Samples.invalid(model, f).orElseThrow() : Samples.valid(model, f);
    return "ptr(" + DomainTestsValues.literal(model, f, text, enumType(a, ref, owner, f)) + ")";
  }

  static String entityItem(DomainModel model, Aggregate a, String ref, Entity e) {
    List<String> parts = new ArrayList<>();
    for (Field f : e.fields()) {
      if (!f.omittable()) {
        parts.add(
            GoNames.exported(f.name()) + ": " + paramValue(model, a, ref, e.name(), f, false));
      }
    }
    return "{" + String.join(", ", parts) + "}";
  }

  static void invalidCases(
      DomainModel model,
      Aggregate a,
      String ref,
      String owner,
      Field f,
      String target,
      String path,
      String params,
      List<Map<String, Object>> cases) {
    String lhs = target + GoNames.exported(f.name());
    if (DomainTestsValues.composite(model, f)) {
      var vo = DomainTestsValues.vo(model, f);
      for (String sub : DomainTestsValues.invalidPaths(model, vo)) {
        cases.add(
            kase(
                path + "." + sub + " invalid",
                "func(p *"
                    + params
                    + ") {\n\t\t\t"
                    + lhs
                    + " = "
                    + DomainTestsValues.params(model, vo, false, sub, true)
                    + "\n\t\t}",
                List.of(path + "." + sub)));
      }
      List<String> req = new ArrayList<>();
      for (Field part : vo.fields()) {
        if (!part.omittable()) {
          req.add(path + "." + part.name());
        }
      }
      if (!req.isEmpty()) {
        cases.add(
            kase(
                path + " parts missing",
                "func(p *" + params + ") { " + lhs + " = &shared." + vo.name() + "Params{} }",
                req));
      }
      return;
    }
    if (Samples.invalid(model, f).isPresent()) {
      cases.add(
          kase(
              path + " invalid",
              "func(p *"
                  + params
                  + ") { "
                  + lhs
                  + " = "
                  + paramValue(model, a, ref, owner, f, true)
                  + " }",
              List.of(path)));
    }
  }

  static Map<String, Object> kase(String name, String mutate, List<String> wantFields) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", GoNames.quote(name));
    m.put("mutate", mutate);
    m.put(
        "wantFields",
        wantFields == null ? List.of() : List.of(DomainTestsValues.stringList(wantFields)));
    return m;
  }
}
