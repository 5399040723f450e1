package dev.dddgen.stack.java;

import dev.dddgen.api.Scenarios;
import dev.dddgen.model.Aggregate;
import dev.dddgen.model.Command;
import dev.dddgen.model.FieldType;
import dev.dddgen.model.Query;
import dev.dddgen.model.Samples;
import dev.dddgen.model.Scalar;
import dev.dddgen.naming.Names;
import dev.dddgen.stack.java.JavaProject.JField;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The contexts of the generated tests: sample values as Java expressions, and what to expect of
 * them.
 */
final class JavaTests {
  private JavaTests() {}

  static JavaTestViews.Tests aggregate(JavaProject p, Aggregate aggregate) {
    return new JavaTestViews.Tests(
        JavaDomainTests.domain(p, aggregate), JavaRepositoryTests.repository(p, aggregate));
  }

  /** A valid value of a field as an expression of its input type (enums as their name). */
  static String input(JavaProject p, JField f) {
    if (f.isComposite()) {
      return composite(p, f, true);
    }
    String value = Samples.valid(p.model(), f.field());
    return JavaDomainTypes.literal(f, value)
        .toString()
        .replace("java.math.", "")
        .replace("java.util.", "")
        .replace("java.time.", "");
  }

  /** A valid value of a field as an expression of its domain type. */
  static String domainValue(JavaProject p, JField f) {
    if (f.isComposite()) {
      return composite(p, f, false);
    }
    String value = Samples.valid(p.model(), f.field());
    if (f.isValueObject()) {
      return "new " + f.valueObject().simpleName() + "(" + input(p, f) + ")";
    }
    return f.isEnum() ? f.enumType().simpleName() + "." + value : input(p, f);
  }

  /** A valid child entity: its Draft (as input) or itself, with a random id (as domain value). */
  static String entityValue(JavaProject p, JavaProject.JEntity e, boolean draft) {
    List<String> parts = new ArrayList<>();
    if (!draft) {
      parts.add("UUID.randomUUID()");
    }
    for (JField f : e.fields()) {
      parts.add(
          draft
              ? input(p, f)
              : f.field().type() instanceof FieldType.Reference
                  ? "UUID.randomUUID()"
                  : domainValue(p, f));
    }
    return "new "
        + e.type().simpleName()
        + (draft ? ".Draft(" : "(")
        + String.join(", ", parts)
        + ")";
  }

  /** A valid composite value object: its Draft (as input) or itself (as domain value). */
  private static String composite(JavaProject p, JField f, boolean draft) {
    dev.dddgen.model.ValueObject vo =
        p.model().valueObject(f.composite().simpleName()).orElseThrow();
    List<String> parts = new ArrayList<>();
    for (dev.dddgen.model.Field part : vo.fields()) {
      JField pf = p.part(vo, part);
      parts.add(draft ? input(p, pf) : domainValue(p, pf));
    }
    return "new "
        + f.composite().simpleName()
        + (draft ? ".Draft(" : "(")
        + String.join(", ", parts)
        + ")";
  }

  /**
   * A sample value (valid or not) as a Java expression. A long string (one character repeated) is
   * written as {@code "a".repeat(n)}: as a literal it would run past the 100 columns of the
   * formatted file.
   */
  static String sampleLiteral(JField f, String value) {
    boolean text = !f.isEnum() && (f.scalar() == Scalar.STRING || f.scalar() == Scalar.TEXT);
    if (text && value.length() > 20 && value.chars().allMatch(c -> c == value.charAt(0))) {
      return JavaDomainTypes.literal(f, value.substring(0, 1)) + ".repeat(" + value.length() + ")";
    }
    return JavaDomainTypes.literal(f, value).toString().replace("java.math.", "");
  }

  static void addTypeImports(JavaProject p, JField f, Set<String> imports, boolean domainTypes) {
    if (f.isValueObject() && domainTypes) {
      imports.add(f.valueObject().canonicalName());
    }
    if (f.isComposite()) {
      imports.add(f.composite().canonicalName());
      // Samples of composites spell their parts: those types are imported too.
      for (JField part : p.parts(p.model().valueObject(f.composite().simpleName()).orElseThrow())) {
        addTypeImports(p, part, imports, domainTypes);
      }
      return;
    }
    if (f.isEnum()) {
      if (domainTypes) {
        imports.add(f.enumType().canonicalName());
      }
      return;
    }
    switch (f.scalar()) {
      case DECIMAL -> imports.add("java.math.BigDecimal");
      case UUID -> imports.add("java.util.UUID");
      case DATE -> imports.add("java.time.LocalDate");
      case TIMESTAMP -> imports.add("java.time.Instant");
      default -> {}
    }
  }

  /** Static imports first, then the others, each group sorted (google-java-format's order). */
  static List<String> sortedImports(Set<String> imports) {
    List<String> out =
        new ArrayList<>(imports.stream().filter(i -> i.startsWith("static ")).sorted().toList());
    out.addAll(imports.stream().filter(i -> !i.startsWith("static ")).sorted().toList());
    return out;
  }

  /**
   * Bodies whose one field has a JSON type the service refuses for it ({@link
   * Scenarios#wrongTypes}), each a test named after its mistake.
   */
  private static List<JavaTestViews.WrongType> wrongTypes(JavaProject p, Aggregate aggregate) {
    return Scenarios.of(p.model()).wrongTypes(aggregate).stream()
        .map(
            w ->
                new JavaTestViews.WrongType(
                    Names.camel(w.mistake().phrase()) + "IsRefused",
                    w.path(),
                    JavaConformanceTests.javaString(JavaConformanceTests.spaced(w.body()))))
        .toList();
  }

  /** The web-layer test: the error contract on the first aggregate with a create and a get. */
  static JavaTestViews.HttpTests http(JavaProject p) {
    List<JavaTestViews.HttpTarget> targets = new ArrayList<>();
    for (Aggregate aggregate : p.model().aggregates()) {
      Optional<Command> create = aggregate.command(Command.Kind.CREATE);
      Optional<Query> get = aggregate.query(Query.Kind.BY_ID);
      if (create.isEmpty() || get.isEmpty()) {
        continue;
      }
      List<String> mocks = new ArrayList<>();
      TreeSet<String> imports = new TreeSet<>();
      for (Command c : aggregate.commands()) {
        mocks.add(c.name() + "Handler");
        imports.add(p.pkg("application.command." + c.name() + "Handler"));
      }
      for (Query q : aggregate.queries()) {
        mocks.add(q.name() + "Handler");
        imports.add(p.pkg("application.query." + q.name() + "Handler"));
      }
      imports.add(p.pkg("application.command." + create.get().name()));
      imports.add(p.pkg("application.query." + get.get().name()));
      targets.add(
          new JavaTestViews.HttpTarget(
              aggregate.name() + "Controller",
              JavaDomainTypes.route(aggregate),
              create.get().name() + "Handler",
              create.get().name(),
              get.get().name() + "Handler",
              aggregate.fields().isEmpty() ? "x" : aggregate.fields().get(0).name(),
              Names.upperFirst(
                  aggregate.fields().isEmpty() ? "x" : aggregate.fields().get(0).name()),
              mocks.stream().map(m -> new JavaTestViews.Mock(m, Names.camel(m))).toList(),
              Names.camel(create.get().name() + "Handler"),
              Names.camel(get.get().name() + "Handler"),
              get.get().name(),
              List.copyOf(imports),
              wrongTypes(p, aggregate)));
      break;
    }
    return new JavaTestViews.HttpTests(List.copyOf(targets));
  }
}
