package dev.dddgen.api;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * A sample JSON value of a request: text, a bare literal (a number or boolean), an object or an
 * array. A stack writes it with its own string quoting ({@link #json}), since the text lands in its
 * test sources.
 */
public sealed interface Sample {
  /** Compact JSON, every string (member names included) written by {@code quote}. */
  String json(UnaryOperator<String> quote);

  /** A JSON string. */
  record Text(String value) implements Sample {
    @Override
    public String json(UnaryOperator<String> quote) {
      return quote.apply(value);
    }
  }

  /** A JSON number or boolean, written as is. */
  record Bare(String literal) implements Sample {
    @Override
    public String json(UnaryOperator<String> quote) {
      return literal;
    }
  }

  /** A member of a JSON object. */
  record Member(String name, Sample value) {}

  /** A JSON object, its members in order. */
  record Obj(List<Member> members) implements Sample {
    public Obj {
      members = List.copyOf(members);
    }

    @Override
    public String json(UnaryOperator<String> quote) {
      return "{" + String.join(",", memberJson(quote)) + "}";
    }

    /** The members' JSON, without braces: {@code "a":1,"b":"x"}. */
    public List<String> memberJson(UnaryOperator<String> quote) {
      return members.stream()
          .map(m -> quote.apply(m.name()) + ":" + m.value().json(quote))
          .toList();
    }
  }

  /** A JSON array. */
  record Array(List<Sample> items) implements Sample {
    public Array {
      items = List.copyOf(items);
    }

    @Override
    public String json(UnaryOperator<String> quote) {
      return items.stream().map(i -> i.json(quote)).collect(Collectors.joining(",", "[", "]"));
    }
  }
}
