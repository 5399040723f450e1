package dev.dddgen.target.go;

import dev.dddgen.model.DomainModel;
import dev.dddgen.model.Entity;
import dev.dddgen.model.Field;
import dev.dddgen.model.FieldType;
import dev.dddgen.model.Samples;
import dev.dddgen.model.Scalar;
import dev.dddgen.model.Aggregate;
import dev.dddgen.model.ValueObject;
import dev.dddgen.naming.Names;
import java.util.ArrayList;
import java.util.List;

/** JSON request bodies of the generated HTTP handler tests. */
final class HttpTestsBodies {
  private HttpTestsBodies() {}

  /** The JSON object of the required fields (and one of each entity) of a create request. */
  static String valid(DomainModel model, Aggregate a) {
    return body(model, a, false);
  }

  static String body(DomainModel model, Aggregate a, boolean every) {
    List<String> parts = members(model, a.fields(), every);
    for (Entity e : a.entities()) {
      parts.add(quote(Names.camel(e.plural())) + ":[" + object(model, e.fields(), every) + "]");
    }
    return "{" + String.join(",", parts) + "}";
  }

  static String object(DomainModel model, List<Field> fields, boolean every) {
    return "{" + String.join(",", members(model, fields, every)) + "}";
  }

  static List<String> members(DomainModel model, List<Field> fields, boolean every) {
    List<String> parts = new ArrayList<>();
    for (Field f : fields) {
      if (f.omittable() && !every) {
        continue;
      }
      parts.add(quote(f.name()) + ":" + value(model, f, every));
    }
    return parts;
  }

  static String value(DomainModel model, Field f, boolean every) {
    if (f.type() instanceof FieldType.ValueObjectType t) {
      ValueObject vo = model.valueObject(t.name()).orElseThrow();
      if (!vo.simple()) {
        return object(model, vo.fields(), every);
      }
      return json(vo.wrapped(), Samples.valid(model, f));
    }
    return json(f, Samples.valid(model, f));
  }

  static String json(Field f, String text) {
    if (f.type() instanceof FieldType.Builtin b
        && (b.scalar() == Scalar.INT || b.scalar() == Scalar.LONG || b.scalar() == Scalar.BOOL)) {
      return text;
    }
    return quote(text);
  }

  /** The "invalid fields" body and the names of the fields it breaks; null when nothing can be broken. */
  static String[] invalid(DomainModel model, Aggregate a) {
    List<String> parts = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (Field f : a.fields()) {
      if (DomainTestsValues.composite(model, f)) {
        ValueObject vo = DomainTestsValues.vo(model, f);
        List<String> paths = DomainTestsValues.invalidPaths(model, vo);
        if (paths.isEmpty() || paths.get(0).contains(".")) {
          if (!f.omittable()) {
            parts.add(quote(f.name()) + ":" + value(model, f, false));
          }
          continue;
        }
        String broken = paths.get(0);
        List<String> inner = new ArrayList<>();
        for (Field part : vo.fields()) {
          if (part.name().equals(broken)) {
            Field target = part.type() instanceof FieldType.ValueObjectType t && model.valueObject(t.name()).get().simple()
                ? model.valueObject(t.name()).get().wrapped() : part;
            inner.add(quote(part.name()) + ":" + json(target, Samples.invalid(model, part).get()));
          } else if (!part.omittable()) {
            inner.add(quote(part.name()) + ":" + value(model, part, false));
          }
        }
        parts.add(quote(f.name()) + ":{" + String.join(",", inner) + "}");
        names.add(quote(f.name() + "." + broken));
        continue;
      }
      java.util.Optional<String> bad = Samples.invalid(model, f);
      if (bad.isPresent()) {
        Field target = f;
        if (f.type() instanceof FieldType.ValueObjectType t) {
          target = model.valueObject(t.name()).get().wrapped();
        }
        parts.add(quote(f.name()) + ":" + json(target, bad.get()));
        names.add(quote(f.name()));
      } else if (!f.omittable()) {
        parts.add(quote(f.name()) + ":" + value(model, f, false));
      }
    }
    if (names.isEmpty()) {
      return null;
    }
    return new String[] {"`{" + String.join(",", parts) + "}`", "[]string{" + String.join(", ", names) + "}"};
  }

  /** The create body with every other unique field changed, so only {@code field} collides. */
  static String duplicate(DomainModel model, Aggregate a, Field field) {
    List<String> parts = new ArrayList<>();
    for (Field f : a.fields()) {
      if (f.omittable()) {
        continue;
      }
      String v = value(model, f, false);
      if (f.unique() && !f.name().equals(field.name())) {
        v = bump(v);
      }
      parts.add(quote(f.name()) + ":" + v);
    }
    for (Entity e : a.entities()) {
      parts.add(quote(Names.camel(e.plural())) + ":[" + object(model, e.fields(), false) + "]");
    }
    return "`{" + String.join(",", parts) + "}`";
  }

  static String bump(String v) {
    return bump(v, 1);
  }

  static String bump(String v, int n) {
    if (v.matches("-?[0-9]+")) {
      return String.valueOf(Long.parseLong(v) + n);
    }
    if (v.matches("\"[0-9]+\"") && v.length() < 20) {
      return "\"" + String.valueOf(Long.parseLong(v.substring(1, v.length() - 1)) + n) + "\"";
    }
    int i = v.endsWith("\"") ? v.length() - 2 : v.length() - 1;
    return v.substring(0, i) + (char) (v.charAt(i) + n) + v.substring(i + 1);
  }

  /** A list body: required and filter fields; unique ones bumped by {@code n}, {@code changed} given another value. */
  static String listBody(DomainModel model, Aggregate a, List<String> filters, int n, String changed) {
    List<String> parts = new ArrayList<>();
    for (Field f : a.fields()) {
      if (f.omittable() && !filters.contains(f.name())) {
        continue;
      }
      String v = value(model, f, false);
      if (f.unique()) {
        v = bump(v, n);
      }
      if (f.name().equals(changed)) {
        v = other(f, v);
      }
      parts.add(quote(f.name()) + ":" + v);
    }
    for (Entity e : a.entities()) {
      parts.add(quote(Names.camel(e.plural())) + ":[" + object(model, e.fields(), false) + "]");
    }
    return "`{" + String.join(",", parts) + "}`";
  }

  static String other(Field f, String v) {
    if (v.equals("true")) {
      return "false";
    }
    if (v.equals("false")) {
      return "true";
    }
    if (f.type() instanceof FieldType.Enumeration en) {
      for (String value : en.values()) {
        if (!quote(value).equals(v)) {
          return quote(value);
        }
      }
    }
    if (f.type() instanceof FieldType.Reference || (f.type() instanceof FieldType.Builtin b && b.scalar() == Scalar.UUID)) {
      return v.substring(0, v.length() - 4) + "063\"";
    }
    return bump(v, 10);
  }

  static String quote(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
