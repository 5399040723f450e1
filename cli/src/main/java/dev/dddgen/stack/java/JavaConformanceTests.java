package dev.dddgen.stack.java;

import dev.dddgen.api.Api;
import dev.dddgen.api.Request;
import dev.dddgen.api.Sample;
import dev.dddgen.api.Scenarios;
import dev.dddgen.model.Aggregate;
import dev.dddgen.model.Command;
import dev.dddgen.model.DomainModel;
import dev.dddgen.model.Field;
import dev.dddgen.model.Query;
import dev.dddgen.naming.Names;
import dev.dddgen.naming.Routes;
import dev.dddgen.schema.JsonText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The context of OpenApiConformanceTest: per aggregate, the valid requests of its routes (JSON of
 * the required fields, from the same samples as the other generated tests) and a DTO the mocked
 * handlers answer with, so every route's success and error exchanges are checked against the
 * document.
 */
final class JavaConformanceTests {
  private JavaConformanceTests() {}

  static JavaTestViews.Conformance of(JavaProject p) {
    DomainModel model = p.model();
    TreeSet<String> imports = new TreeSet<>();
    List<JavaTestViews.Mock> mocks = new ArrayList<>();
    List<JavaTestViews.ConformanceAggregate> aggregates = new ArrayList<>();
    for (Aggregate a : model.aggregates()) {
      for (Command c : a.commands()) {
        mocks.add(new JavaTestViews.Mock(c.name() + "Handler", Names.camel(c.name() + "Handler")));
        imports.add(p.pkg("application.command." + c.name() + "Handler"));
      }
      for (Query q : a.queries()) {
        mocks.add(new JavaTestViews.Mock(q.name() + "Handler", Names.camel(q.name() + "Handler")));
        imports.add(p.pkg("application.query." + q.name() + "Handler"));
      }
      Optional<Command> create = a.command(Command.Kind.CREATE);
      // A DTO to answer with needs the factory: without a create command only errors are checked.
      Optional<JavaTestViews.DtoSample> dto = Optional.empty();
      if (create.isPresent()) {
        JavaTestViews.Domain tests = JavaTests.aggregate(p, a).domain();
        tests.imports().stream().filter(i -> !i.startsWith("static ")).forEach(imports::add);
        imports.add(p.entity(a).canonicalName());
        p.entities(a).forEach(e -> imports.add(e.type().canonicalName()));
        imports.add(p.dto(a).canonicalName());
        dto =
            Optional.of(
                new JavaTestViews.DtoSample(
                    p.dto(a).simpleName(),
                    p.entity(a).simpleName(),
                    Names.camel(create.get().name()),
                    tests.validArguments()));
      }
      List<JavaTestViews.ActionExchange> actions = new ArrayList<>();
      for (Command c : a.commands()) {
        if (c.kind() == Command.Kind.ACTION) {
          actions.add(
              new JavaTestViews.ActionExchange(
                  Names.camel(c.name() + "Handler"),
                  Names.camel(c.name()) + "AsDocumented",
                  Routes.actionSegment(a.name(), c.name()),
                  javaString(json(model, c.params(), true)),
                  javaString(json(model, c.params(), false))));
        }
      }
      aggregates.add(
          new JavaTestViews.ConformanceAggregate(
              a.name(),
              Names.camel(a.name()),
              Routes.collectionPath(a.plural()),
              dto,
              create.map(c -> exchange(c.name(), json(model, a.fields(), false), null)),
              a.query(Query.Kind.BY_ID).map(q -> exchange(q.name(), null, null)),
              a.query(Query.Kind.LIST)
                  .map(
                      q ->
                          new JavaTestViews.ListExchange(
                              Names.camel(q.name() + "Handler"), q.paginate())),
              a.command(Command.Kind.UPDATE)
                  .map(
                      c ->
                          exchange(
                              c.name(),
                              json(model, a.fields(), true),
                              json(model, a.fields(), false))),
              a.command(Command.Kind.DELETE).map(c -> exchange(c.name(), null, null)),
              List.copyOf(actions),
              readOnly(model, a)));
    }
    // An aggregate or child entity named Page is imported: the list page is then written in full.
    boolean pageTaken =
        model.aggregates().stream()
            .anyMatch(
                a ->
                    a.name().equals("Page")
                        || a.entities().stream().anyMatch(e -> e.name().equals("Page")));
    if (aggregates.stream().anyMatch(a -> a.dto().isPresent())) {
      if (!pageTaken) {
        imports.add(p.pkg("application.dto.Page"));
      }
      imports.add("java.util.List");
    }
    return new JavaTestViews.Conformance(
        pageTaken ? p.pkg("application.dto.Page") : "Page",
        List.copyOf(imports),
        List.copyOf(mocks),
        List.copyOf(aggregates));
  }

  /**
   * The handler of {@code useCase}, mocked, and the request body and its form without a version
   * (null: none) as literals.
   */
  private static JavaTestViews.Exchange exchange(String useCase, String body, String unversioned) {
    return new JavaTestViews.Exchange(
        Names.camel(useCase + "Handler"),
        body == null ? "" : javaString(body),
        unversioned == null ? "" : javaString(unversioned));
  }

  /**
   * The api's valid JSON object of {@code fields} (the ones a request must give), with the version
   * 1 when {@code versioned}.
   */
  static String json(DomainModel model, List<Field> fields, boolean versioned) {
    List<Sample.Member> members =
        new ArrayList<>(Scenarios.of(model).object(fields, false).members());
    if (versioned) {
      members.add(new Sample.Member("version", new Sample.Bare("1")));
    }
    return spaced(new Sample.Obj(members));
  }

  /** A create body per field only commands change, holding it at its default. */
  private static List<JavaTestViews.ReadOnlyExchange> readOnly(DomainModel model, Aggregate a) {
    if (a.command(Command.Kind.CREATE).isEmpty()) {
      return List.of();
    }
    List<JavaTestViews.ReadOnlyExchange> out = new ArrayList<>();
    for (Request.ReadOnlyField f : Api.readOnlyFields(a)) {
      String value = f.field().defaultValue().orElseThrow();
      boolean bare = value.equals("true") || value.equals("false");
      List<Sample.Member> members =
          new ArrayList<>(Scenarios.of(model).object(Api.writableFields(a), false).members());
      members.add(
          new Sample.Member(
              f.field().name(), bare ? new Sample.Bare(value) : new Sample.Text(value)));
      out.add(
          new JavaTestViews.ReadOnlyExchange(
              Names.camel(a.name()) + "RefusesItsReadOnly" + Names.pascal(f.field().name()),
              f.field().name(),
              javaString(spaced(new Sample.Obj(members))),
              javaString(f.message())));
    }
    return List.copyOf(out);
  }

  /**
   * JSON with a space after each comma and colon: google-java-format breaks a long string literal
   * only at spaces, so a compact body would overrun the line.
   */
  static String spaced(Sample sample) {
    if (sample instanceof Sample.Obj obj) {
      return obj.members().stream()
          .map(m -> JsonText.compact(m.name()) + ": " + spaced(m.value()))
          .collect(Collectors.joining(", ", "{", "}"));
    }
    if (sample instanceof Sample.Array array) {
      return array.items().stream()
          .map(JavaConformanceTests::spaced)
          .collect(Collectors.joining(", ", "[", "]"));
    }
    return sample.json(JsonText::compact);
  }

  /** A Java string literal of {@code text}. */
  static String javaString(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        default ->
            out.append(
                c < 0x20 || c > 0x7e ? String.format("\\u%04x", (int) c) : String.valueOf(c));
      }
    }
    return out.append('"').toString();
  }
}
