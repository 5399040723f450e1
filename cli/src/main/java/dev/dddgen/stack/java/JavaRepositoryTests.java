package dev.dddgen.stack.java;

import static dev.dddgen.stack.java.JavaTests.addTypeImports;
import static dev.dddgen.stack.java.JavaTests.domainValue;
import static dev.dddgen.stack.java.JavaTests.sortedImports;

import dev.dddgen.api.Scenarios;
import dev.dddgen.model.Aggregate;
import dev.dddgen.model.FieldType;
import dev.dddgen.model.Query;
import dev.dddgen.model.Samples;
import dev.dddgen.naming.Names;
import dev.dddgen.stack.java.JavaProject.JField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The context of the generated repository test: the rows it stores first (what the aggregate refers
 * to), the sample it restores, and the tables it empties.
 */
final class JavaRepositoryTests {
  private JavaRepositoryTests() {}

  static JavaTestViews.Repository repository(JavaProject p, Aggregate aggregate) {
    TreeSet<String> imports =
        new TreeSet<>(
            List.of(
                p.domainPackage(aggregate) + "." + aggregate.name(),
                p.domainPackage(aggregate) + "." + aggregate.name() + "Repository",
                p.pkg("TestDatabase"),
                p.pkg("application.dto." + aggregate.name() + "Dto"),
                p.pkg("domain.shared.VersionConflictException"),
                "java.time.Instant",
                "java.util.UUID",
                "org.junit.jupiter.api.BeforeAll",
                "org.junit.jupiter.api.BeforeEach",
                "org.junit.jupiter.api.Test",
                "org.springframework.jdbc.core.simple.JdbcClient",
                "static org.assertj.core.api.Assertions.assertThat",
                "static org.assertj.core.api.Assertions.assertThatThrownBy"));
    // One stored row of every aggregate this one refers to (transitively), referenced first.
    List<JavaTestViews.StoredRow> setup = new ArrayList<>();
    Map<String, String> stored = new LinkedHashMap<>();
    for (Aggregate target : Scenarios.of(p.model()).storedFirst(aggregate)) {
      String var = "stored" + target.name();
      imports.add(p.domainPackage(target) + "." + target.name());
      setup.add(
          new JavaTestViews.StoredRow(
              target.name(),
              var,
              restoreArguments(p, target, stored, imports, true),
              p.writesOutbox(target),
              p.writesInTransactions(target)));
      if (p.writesOutbox(target)) {
        imports.add(p.pkg("infrastructure.messaging.Outbox"));
      }
      stored.put(target.name(), var);
    }
    if (p.writesOutbox(aggregate)) {
      imports.add(p.pkg("infrastructure.messaging.Outbox"));
    }
    List<JavaViews.Part> restoreArguments = restoreArguments(p, aggregate, stored, imports, false);
    List<JField> fields = p.fields(aggregate);
    List<String> unique =
        fields.stream().filter(f -> f.field().unique()).map(JField::name).toList();
    if (!unique.isEmpty()) {
      imports.add(p.pkg("domain.shared.ConflictException"));
    }
    Optional<JavaTestViews.ListTest> list =
        aggregate
            .query(Query.Kind.LIST)
            .map(q -> new JavaTestViews.ListTest(Names.camel(q.name()), q.filters()));
    List<JavaTestViews.MissingReference> missingRefs = new ArrayList<>();
    for (JField f : fields) {
      if (f.field().type() instanceof FieldType.Reference ref
          && f.required()
          && !ref.aggregate().equals(aggregate.name())) {
        Map<String, String> replaced = new LinkedHashMap<>(stored);
        replaced.put("#" + f.name(), "UUID.randomUUID()");
        missingRefs.add(
            new JavaTestViews.MissingReference(
                f.name(),
                "refusesAMissing" + Names.pascal(f.name()),
                restoreArguments(p, aggregate, replaced, imports, false)));
        imports.add(p.pkg("domain.shared.ValidationException"));
      }
    }
    return new JavaTestViews.Repository(
        List.copyOf(setup),
        restoreArguments,
        unique.isEmpty()
            ? Optional.empty()
            : Optional.of(new JavaTestViews.Unique(JavaViews.parts(unique))),
        list,
        List.copyOf(missingRefs),
        JavaViews.parts(
            new JavaContexts(p).tables().stream().map(JavaConformanceTests::javaString).toList()),
        sortedImports(imports));
  }

  /** Domain values of every field, with {@code overrides} (literals, by field name) where given. */
  static List<JavaViews.Part> restoreValues(
      JavaProject p, Aggregate aggregate, Map<String, String> overrides) {
    List<String> args = new ArrayList<>();
    for (JField f : p.fields(aggregate)) {
      String value = overrides.get(f.name());
      if (value == null) {
        args.add(domainValue(p, f));
      } else {
        args.add(
            f.isEnum()
                ? f.enumType().simpleName() + "." + value
                : JavaDomainTypes.literal(f, value).toString());
      }
    }
    p.entities(aggregate).forEach(e -> args.add("List.of()"));
    return JavaViews.parts(args);
  }

  /**
   * Domain values of every field of {@code aggregate}; references point at the stored rows. The
   * enums of another aggregate's own package, in its stored row ({@code otherRow}), are written by
   * their full names, not imported: two aggregates may each have an enum of the same name ({@code
   * Status}).
   */
  private static List<JavaViews.Part> restoreArguments(
      JavaProject p,
      Aggregate aggregate,
      Map<String, String> stored,
      Set<String> imports,
      boolean otherRow) {
    List<String> args = new ArrayList<>();
    for (JField f : p.fields(aggregate)) {
      if (otherRow && ownEnum(p, aggregate, f)) {
        args.add(qualifiedEnumValue(p, f));
        continue;
      }
      addTypeImports(p, f, imports, true);
      if (f.field().type() instanceof FieldType.Reference ref) {
        String override = stored.get("#" + f.name());
        String var = stored.get(ref.aggregate());
        args.add(
            override != null
                ? override
                : var != null && !ref.aggregate().equals(aggregate.name())
                    ? var + ".id()"
                    : f.required() ? "UUID.randomUUID()" : "null");
      } else {
        args.add(domainValue(p, f));
      }
    }
    for (JavaProject.JEntity e : p.entities(aggregate)) {
      // One child row, its references pointing at the stored rows.
      imports.add("java.util.List");
      imports.add(e.type().canonicalName());
      List<String> parts = new ArrayList<>(List.of("UUID.randomUUID()"));
      for (JField f : e.fields()) {
        if (otherRow && ownEnum(p, aggregate, f)) {
          parts.add(qualifiedEnumValue(p, f));
          continue;
        }
        addTypeImports(p, f, imports, true);
        if (f.field().type() instanceof FieldType.Reference ref) {
          String var = stored.get(ref.aggregate());
          parts.add(
              var != null && !ref.aggregate().equals(aggregate.name())
                  ? var + ".id()"
                  : f.required() ? "UUID.randomUUID()" : "null");
        } else {
          parts.add(domainValue(p, f));
        }
      }
      args.add("List.of(new " + e.type().simpleName() + "(" + String.join(", ", parts) + "))");
    }
    return JavaViews.parts(args);
  }

  /**
   * Whether {@code f} is an enum of {@code aggregate}'s own package (not a shared value object).
   */
  private static boolean ownEnum(JavaProject p, Aggregate aggregate, JField f) {
    return f.isEnum() && f.enumType().packageName().equals(p.domainPackage(aggregate));
  }

  /** A valid value of the enum field {@code f}, its type written by its full name. */
  private static String qualifiedEnumValue(JavaProject p, JField f) {
    return f.enumType().canonicalName() + "." + Samples.valid(p.model(), f.field());
  }
}
