package dev.dddgen.stack.java;

import dev.dddgen.naming.Routes;
import dev.dddgen.model.Aggregate;
import dev.dddgen.model.Command;
import dev.dddgen.model.DomainModel;
import dev.dddgen.model.Field;
import dev.dddgen.model.FieldType;
import dev.dddgen.model.Query;
import dev.dddgen.model.Samples;
import dev.dddgen.model.ValueObject;
import dev.dddgen.naming.Names;
import dev.dddgen.schema.JsonText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The context of OpenApiConformanceTest: per aggregate, the valid requests of its routes (JSON of
 * the required fields, from the same samples as the other generated tests) and a DTO the mocked
 * handlers answer with, so every route's success and error exchanges are checked against the document.
 */
final class JavaConformanceTests {
  private JavaConformanceTests() {}

  static Map<String, Object> of(JavaProject p) {
    DomainModel model = p.model();
    TreeSet<String> imports = new TreeSet<>();
    List<Map<String, Object>> mocks = new ArrayList<>();
    List<Map<String, Object>> aggregates = new ArrayList<>();
    for (Aggregate a : model.aggregates()) {
      Map<String, Object> agg = new LinkedHashMap<>();
      String camel = Names.camel(a.name());
      agg.put("name", a.name());
      agg.put("camel", camel);
      agg.put("route", Routes.collectionPath(a.plural()));
      for (Command c : a.commands()) {
        mocks.add(Map.of("type", c.name() + "Handler", "field", Names.camel(c.name() + "Handler")));
        imports.add(p.pkg("application.command." + c.name() + "Handler"));
      }
      for (Query q : a.queries()) {
        mocks.add(Map.of("type", q.name() + "Handler", "field", Names.camel(q.name() + "Handler")));
        imports.add(p.pkg("application.query." + q.name() + "Handler"));
      }
      Optional<Command> create = a.command(Command.Kind.CREATE);
      // A DTO to answer with needs the factory: without a create command only errors are checked.
      List<Object> dto = new ArrayList<>();
      if (create.isPresent()) {
        Map<String, Object> domain = JavaTests.aggregate(p, a);
        @SuppressWarnings("unchecked")
        Map<String, Object> tests = (Map<String, Object>) domain.get("domain");
        @SuppressWarnings("unchecked")
        List<String> testImports = (List<String>) tests.get("imports");
        testImports.stream().filter(i -> !i.startsWith("static ")).forEach(imports::add);
        imports.add(p.entity(a).canonicalName());
        p.entities(a).forEach(e -> imports.add(e.type().canonicalName()));
        imports.add(p.dto(a).canonicalName());
        dto.add(Map.of("type", p.dto(a).simpleName(), "entity", p.entity(a).simpleName(),
            "factory", Names.camel(create.get().name()), "arguments", tests.get("validArguments")));
      }
      agg.put("dto", dto);
      agg.put("creates", create.map(c -> List.<Object>of(Map.of("field", Names.camel(c.name() + "Handler"),
          "body", javaString(json(model, a.fields(), List.of()))))).orElse(List.of()));
      agg.put("gets", a.query(Query.Kind.BY_ID).map(q -> List.<Object>of(Map.of(
          "field", Names.camel(q.name() + "Handler")))).orElse(List.of()));
      agg.put("lists", a.query(Query.Kind.LIST).map(q -> List.<Object>of(Map.of(
          "field", Names.camel(q.name() + "Handler")))).orElse(List.of()));
      agg.put("updates", a.command(Command.Kind.UPDATE).map(c -> List.<Object>of(Map.of(
          "field", Names.camel(c.name() + "Handler"),
          "body", javaString(json(model, a.fields(), List.of("\"version\": 1")))))).orElse(List.of()));
      agg.put("deletes", a.command(Command.Kind.DELETE).map(c -> List.<Object>of(Map.of(
          "field", Names.camel(c.name() + "Handler")))).orElse(List.of()));
      List<Object> actions = new ArrayList<>();
      for (Command c : a.commands()) {
        if (c.kind() == Command.Kind.ACTION) {
          actions.add(Map.of("field", Names.camel(c.name() + "Handler"), "test", Names.camel(c.name()) + "AsDocumented",
              "segment", Routes.actionSegment(a.name(), c.name()),
              "body", javaString(json(model, c.params(), List.of("\"version\": 1")))));
        }
      }
      agg.put("actions", actions);
      aggregates.add(agg);
    }
    // An aggregate or child entity named Page is imported: the list page is then written in full.
    boolean pageTaken = model.aggregates().stream().anyMatch(a -> a.name().equals("Page")
        || a.entities().stream().anyMatch(e -> e.name().equals("Page")));
    if (aggregates.stream().anyMatch(a -> !((List<?>) a.get("dto")).isEmpty())) {
      if (!pageTaken) {
        imports.add(p.pkg("application.dto.Page"));
      }
      imports.add("java.util.List");
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("page", pageTaken ? p.pkg("application.dto.Page") : "Page");
    out.put("imports", List.copyOf(imports));
    out.put("mocks", mocks);
    out.put("aggregates", aggregates);
    return out;
  }

  /** A JSON object of the fields a request must give (omittable ones left out), then {@code extra}. */
  static String json(DomainModel model, List<Field> fields, List<String> extra) {
    List<String> members = new ArrayList<>();
    for (Field f : fields) {
      if (!f.omittable()) {
        members.add(JsonText.compact(f.name()) + ": " + value(model, f));
      }
    }
    members.addAll(extra);
    return "{" + String.join(", ", members) + "}";
  }

  private static String value(DomainModel model, Field f) {
    FieldType type = f.type();
    if (type instanceof FieldType.ValueObjectType vot) {
      ValueObject vo = model.valueObject(vot.name()).orElseThrow();
      if (!vo.simple()) {
        return json(model, vo.fields(), List.of());
      }
      type = vo.wrapped().type();
    }
    String sample = Samples.valid(model, f);
    boolean bare = type instanceof FieldType.Builtin b
        && (b.scalar() == dev.dddgen.model.Scalar.INT || b.scalar() == dev.dddgen.model.Scalar.LONG
            || b.scalar() == dev.dddgen.model.Scalar.BOOL);
    return bare ? sample : JsonText.compact(sample);
  }

  /** A Java string literal of {@code text}. */
  static String javaString(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        default -> out.append(c < 0x20 || c > 0x7e ? String.format("\\u%04x", (int) c) : String.valueOf(c));
      }
    }
    return out.append('"').toString();
  }
}
