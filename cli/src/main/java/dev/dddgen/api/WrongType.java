package dev.dddgen.api;

import dev.dddgen.api.Sample.Member;
import dev.dddgen.api.Sample.Obj;
import dev.dddgen.model.Aggregate;
import dev.dddgen.model.Field;
import dev.dddgen.model.FieldType;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A request body holding one value of a JSON type its field cannot take, and the path the refusal
 * names ({@code address.street} inside a value object): a scenario of {@link Scenarios}.
 */
public record WrongType(WrongType.Mistake mistake, String path, Obj body) {

  /** A JSON type a request's decoder refuses for a field, named as a test names it. */
  public enum Mistake {
    STRING_FOR_AN_INTEGER("a string for an integer"),
    STRING_FOR_A_BOOLEAN("a string for a boolean"),
    NUMBER_FOR_A_STRING("a number for a string"),
    NUMBER_FOR_A_DATE("a number for a date"),
    NUMBER_FOR_A_TIMESTAMP("a number for a timestamp"),
    WRONG_TYPE_INSIDE_A_VALUE_OBJECT("a wrong type inside a value object");

    private final String phrase;

    Mistake(String phrase) {
      this.phrase = phrase;
    }

    /** The mistake in words: {@code a string for an integer}. */
    public String phrase() {
      return phrase;
    }
  }

  /**
   * One body per mistake the create body's fields allow, from the first field that allows it, in
   * field order: a string for an integer or a boolean, a number for text, a date or a timestamp,
   * and a wrong type at the first part of a value object that can take one. Enums, references,
   * decimals and ids are left out: a string of the wrong form is not a wrong type. Lifecycle state
   * is never sent.
   */
  static List<WrongType> of(Scenarios scenarios, Aggregate a) {
    Map<Mistake, WrongType> out = new EnumMap<>(Mistake.class);
    List<Mistake> order = new ArrayList<>();
    for (Field f : Api.writableFields(a)) {
      Optional<WrongType> wrong =
          scenarios.composite(f)
              ? part(scenarios, f)
                  .map(
                      w ->
                          new WrongType(
                              Mistake.WRONG_TYPE_INSIDE_A_VALUE_OBJECT, w.path(), w.body()))
              : scalar(scenarios, f);
      wrong.ifPresent(
          w -> {
            if (out.putIfAbsent(w.mistake(), w) == null) {
              order.add(w.mistake());
            }
          });
    }
    return order.stream().map(out::get).toList();
  }

  /** The wrong value of a plain field (a simple value object's wrapped one), if it has one. */
  private static Optional<WrongType> scalar(Scenarios scenarios, Field f) {
    if (!(scenarios.leaf(f).type() instanceof FieldType.Builtin b)) {
      return Optional.empty();
    }
    Optional<Map.Entry<Mistake, Sample>> wrong =
        switch (b.scalar()) {
          case INT, LONG ->
              Optional.of(Map.entry(Mistake.STRING_FOR_AN_INTEGER, new Sample.Text("12")));
          case BOOL ->
              Optional.of(Map.entry(Mistake.STRING_FOR_A_BOOLEAN, new Sample.Text("true")));
          case STRING, TEXT ->
              Optional.of(Map.entry(Mistake.NUMBER_FOR_A_STRING, new Sample.Bare("12")));
          case DATE ->
              Optional.of(Map.entry(Mistake.NUMBER_FOR_A_DATE, new Sample.Bare("20240131")));
          case TIMESTAMP ->
              Optional.of(Map.entry(Mistake.NUMBER_FOR_A_TIMESTAMP, new Sample.Bare("1706691600")));
          default -> Optional.empty();
        };
    return wrong.map(
        w ->
            new WrongType(
                w.getKey(), f.name(), new Obj(List.of(new Member(f.name(), w.getValue())))));
  }

  /**
   * The first part of the composite {@code f} (nested ones included) that can be given a wrong JSON
   * type: a number for text, an enum, a date or a timestamp; a string for an integer or a boolean.
   */
  private static Optional<WrongType> part(Scenarios scenarios, Field f) {
    for (Field part : scenarios.valueObject(f).fields()) {
      boolean composite = scenarios.composite(part);
      Optional<WrongType> inside = composite ? part(scenarios, part) : Optional.empty();
      Optional<Sample> wrong = composite ? Optional.empty() : partValue(scenarios.leaf(part));
      Optional<WrongType> here =
          inside.or(
              () ->
                  wrong.map(
                      w ->
                          new WrongType(
                              Mistake.WRONG_TYPE_INSIDE_A_VALUE_OBJECT,
                              part.name(),
                              new Obj(List.of(new Member(part.name(), w))))));
      if (here.isPresent()) {
        return here.map(
            w ->
                new WrongType(
                    w.mistake(),
                    f.name() + "." + w.path(),
                    new Obj(List.of(new Member(f.name(), w.body())))));
      }
    }
    return Optional.empty();
  }

  private static Optional<Sample> partValue(Field leaf) {
    if (leaf.type() instanceof FieldType.Enumeration) {
      return Optional.of(new Sample.Bare("12"));
    }
    if (!(leaf.type() instanceof FieldType.Builtin b)) {
      return Optional.empty();
    }
    return switch (b.scalar()) {
      case STRING, TEXT, DATE, TIMESTAMP -> Optional.of(new Sample.Bare("12"));
      case INT, LONG -> Optional.of(new Sample.Text("12"));
      case BOOL -> Optional.of(new Sample.Text("true"));
      default -> Optional.empty();
    };
  }
}
