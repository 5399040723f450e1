package dev.dddgen.stack.go;

import dev.dddgen.api.Api;
import dev.dddgen.api.Sample;
import dev.dddgen.api.Scenarios;
import dev.dddgen.model.Aggregate;
import dev.dddgen.model.DomainModel;
import dev.dddgen.model.Entity;
import dev.dddgen.model.Field;
import dev.dddgen.model.FieldType;
import dev.dddgen.model.Scalar;
import dev.dddgen.stack.go.HttpTestsViews.JsonMember;
import dev.dddgen.stack.go.HttpTestsViews.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** JSON request bodies of the generated HTTP handler tests. */
final class HttpTestsBodies {
  private HttpTestsBodies() {}

  /**
   * The JSON object of a create request: the required fields (or every one), one of each entity.
   */
  static String body(DomainModel model, Aggregate a, boolean every) {
    return Scenarios.of(model).body(a, every).json(HttpTestsBodies::quote);
  }

  static String object(DomainModel model, List<Field> fields, boolean every) {
    return Scenarios.of(model).object(fields, every).json(HttpTestsBodies::quote);
  }

  static String value(DomainModel model, Field f, boolean every) {
    return Scenarios.of(model).value(f, every).json(HttpTestsBodies::quote);
  }

  static String json(Field f, String text) {
    return Scenarios.scalar(f, text).json(HttpTestsBodies::quote);
  }

  /**
   * Another valid JSON value of the field, {@code n} steps from {@code v}: dates and times move on
   * by days or seconds, numbers by n (down when up would pass the maximum), text varies its last
   * letter or digit within its class, so a pattern that admitted it still does.
   */
  static String bump(DomainModel model, Field field, String v, int n) {
    Field leaf = leaf(model, field);
    Scalar scalar = leaf.type() instanceof FieldType.Builtin b ? b.scalar() : null;
    if (scalar == Scalar.DATE) {
      return quote(java.time.LocalDate.parse(unquote(v)).plusDays(n).toString());
    }
    if (scalar == Scalar.TIMESTAMP) {
      return quote(java.time.OffsetDateTime.parse(unquote(v)).plusSeconds(n).toString());
    }
    if (scalar == Scalar.INT || scalar == Scalar.LONG || scalar == Scalar.DECIMAL) {
      java.math.BigDecimal value = new java.math.BigDecimal(unquote(v));
      java.math.BigDecimal step = java.math.BigDecimal.valueOf(n);
      java.math.BigDecimal up = value.add(step);
      java.util.Optional<java.math.BigDecimal> min =
          leaf.constraints() == null ? java.util.Optional.empty() : leaf.constraints().min();
      java.util.Optional<java.math.BigDecimal> max =
          leaf.constraints() == null ? java.util.Optional.empty() : leaf.constraints().max();
      boolean tooBig = max.isPresent() && up.compareTo(max.get()) > 0;
      java.math.BigDecimal next = tooBig ? value.subtract(step) : up;
      if (min.isPresent() && next.compareTo(min.get()) < 0) {
        // A range narrower than the step: the bound furthest from the value.
        next =
            value.subtract(min.get()).abs().compareTo(max.orElse(value).subtract(value).abs()) >= 0
                ? min.get()
                : max.get();
      }
      String number = next.toPlainString();
      return v.startsWith("\"") ? quote(number) : number;
    }
    return vary(v, n);
  }

  /** Whether the field holds text (a string, or a simple value object wrapping one). */
  static boolean text(DomainModel model, Field field) {
    return leaf(model, field).type() instanceof FieldType.Builtin b
        && (b.scalar() == Scalar.STRING || b.scalar() == Scalar.TEXT);
  }

  /** The field itself, or the one a simple value object wraps. */
  static Field leaf(DomainModel model, Field field) {
    return Scenarios.of(model).leaf(field);
  }

  private static String unquote(String v) {
    return v.startsWith("\"") ? v.substring(1, v.length() - 1) : v;
  }

  /**
   * Adds n to the letters and digits of a JSON string (or bare value) read as one number from its
   * end, each keeping its class (digit, lower, upper): {@code "ab19"} + 2 is {@code "ab21"}.
   */
  private static String vary(String v, int n) {
    char[] chars = v.toCharArray();
    int carry = n;
    for (int i = chars.length - 1; i >= 0 && carry > 0; i--) {
      char c = chars[i];
      char zero =
          c >= '0' && c <= '9' ? '0' : c >= 'a' && c <= 'z' ? 'a' : c >= 'A' && c <= 'Z' ? 'A' : 0;
      if (zero == 0) {
        continue;
      }
      int base = zero == '0' ? 10 : 26;
      int sum = c - zero + carry;
      chars[i] = (char) (zero + sum % base);
      carry = sum / base;
    }
    return new String(chars);
  }

  static String other(DomainModel model, Field f, String v) {
    if (v.equals("true")) {
      return "false";
    }
    if (v.equals("false")) {
      return "true";
    }
    if (leaf(model, f).type() instanceof FieldType.Enumeration en) {
      for (String value : en.values()) {
        if (!quote(value).equals(v)) {
          return quote(value);
        }
      }
    }
    if (f.type() instanceof FieldType.Reference
        || (f.type() instanceof FieldType.Builtin b && b.scalar() == Scalar.UUID)) {
      return v.substring(0, v.length() - 4) + "063\"";
    }
    return bump(model, f, v, 10);
  }

  /**
   * A JSON string. It is written inside Go raw strings (request bodies) and interpreted ones
   * (expected values): a backquote, which would end a raw string, is escaped as a \\u sequence,
   * which JSON and Go read alike.
   */
  /** Runs at least this long are written as {@code strings.Repeat}, not pasted. */
  private static final int REPEAT_RUN = 16;

  /**
   * A JSON string inside a Go raw string literal: a text of one repeated character (the boundary
   * cases' over-long values) is spliced in as {@code strings.Repeat}, so no test line carries
   * thousands of the same letter.
   */
  static String quoteInRaw(String s) {
    if (s.length() >= REPEAT_RUN && s.chars().allMatch(c -> c == s.charAt(0))) {
      return "\"` + strings.Repeat(" + quote(s.substring(0, 1)) + ", " + s.length() + ") + `\"";
    }
    return quote(s);
  }

  static String quote(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("`", "\\u0060") + "\"";
  }

  /** A request body as the view's members, each name and string written by {@code quote}. */
  static JsonObject jsonObject(Sample.Obj object, UnaryOperator<String> quote) {
    List<JsonMember> members = new ArrayList<>();
    for (Sample.Member m : object.members()) {
      members.add(new JsonMember(quote.apply(m.name()), m.value().json(quote), members.isEmpty()));
    }
    return new JsonObject(List.copyOf(members));
  }

  /** A request body of {@code name, JSON value} pairs, in order. */
  static JsonObject jsonObject(List<String[]> parts) {
    List<JsonMember> members = new ArrayList<>();
    for (String[] part : parts) {
      members.add(new JsonMember(quote(part[0]), part[1], members.isEmpty()));
    }
    return new JsonObject(List.copyOf(members));
  }

  /**
   * The create body of the aggregate that a duplicate of {@code field} collides with ({@code
   * bumpOthers} false: the valid body, with the field set even when it may be left out), or the
   * duplicate itself, every other unique field changed so only {@code field} collides.
   */
  static JsonObject duplicate(DomainModel model, Aggregate a, Field field, boolean bumpOthers) {
    List<String[]> parts = new ArrayList<>();
    for (Field f : a.fields()) {
      if (f.omittable() && !f.name().equals(field.name())) {
        continue;
      }
      String v = value(model, f, false);
      if (bumpOthers && f.unique() && !f.name().equals(field.name())) {
        v = bump(model, f, v, 1);
      }
      parts.add(new String[] {f.name(), v});
    }
    for (Entity e : a.entities()) {
      parts.add(new String[] {Api.listProperty(e), "[" + object(model, e.fields(), false) + "]"});
    }
    return jsonObject(parts);
  }
}
