package dev.dddgen.stack.go;

import dev.dddgen.model.Aggregate;
import dev.dddgen.model.Command;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The context of common_test.go: the requests every aggregate's handler test shares. */
final class HttpTestsContext {
  private HttpTestsContext() {}

  /** The {@code common} key of common_test.go. */
  static Map<String, Object> common(GoProject p) {
    List<Aggregate> aggregates = p.model().aggregates();
    Optional<Aggregate> creatable =
        aggregates.stream().filter(a -> a.command(Command.Kind.CREATE).isPresent()).findFirst();
    String collection = p.names(creatable.orElse(aggregates.get(0))).path();
    List<String> command = new ArrayList<>();
    for (Aggregate a : aggregates) {
      Optional<Command> action = a.command(Command.Kind.ACTION);
      if (action.isPresent()) {
        command.add(
            p.api()
                .resource(a.name())
                .operation(action.get().name())
                .path()
                .replace("{id}", SAMPLE_ID));
        break;
      }
    }
    return Maps.of(
        "collection",
        collection,
        "command",
        command,
        "streamed",
        creatable.isPresent(),
        "nul",
        nulRequests(p));
  }

  /**
   * Requests carrying U+0000, which PostgreSQL text cannot store: a create body whose first plain
   * string field starts with it, and a list filtered on a plain string field holding it. Either is
   * absent when no aggregate has such a field.
   */
  private static List<Object> nulRequests(GoProject p) {
    List<Object> out = new ArrayList<>();
    for (Aggregate a : p.model().aggregates()) {
      if (a.command(Command.Kind.CREATE).isEmpty()) {
        continue;
      }
      Optional<dev.dddgen.model.Field> text =
          a.fields().stream().filter(HttpTestsContext::plainText).findFirst();
      if (text.isEmpty()) {
        continue;
      }
      dev.dddgen.model.Field f = text.get();
      String sample = dev.dddgen.model.Samples.valid(p.model(), f);
      if (sample.isEmpty()) {
        continue;
      }
      String body = HttpTestsBodies.body(p.model(), a, true);
      String member =
          HttpTestsBodies.quote(f.name()) + ":" + HttpTestsBodies.value(p.model(), f, true);
      // Same length in characters: only the first one is replaced.
      String nul =
          HttpTestsBodies.quote(f.name())
              + ":\"\\u0000"
              + HttpTestsBodies.quote(sample.substring(1)).substring(1);
      if (!body.contains(member)) {
        continue;
      }
      out.add(
          Maps.of(
              "name",
              "\"NUL character in the body\"",
              "method",
              "Post",
              "target",
              "\"" + p.names(a).path() + "\"",
              "body",
              GoNames.raw(body.replace(member, nul)),
              "fields",
              List.of()));
      break;
    }
    for (Aggregate a : p.model().aggregates()) {
      Optional<dev.dddgen.model.Query> list =
          a.query(dev.dddgen.model.Query.Kind.LIST).filter(q -> q.paginate());
      Optional<String> filter =
          list.flatMap(
              q ->
                  q.filters().stream()
                      .filter(name -> a.field(name).map(HttpTestsContext::plainText).orElse(false))
                      .findFirst());
      if (filter.isPresent()) {
        out.add(
            Maps.of(
                "name",
                "\"NUL character in a filter\"",
                "method",
                "Get",
                "target",
                "\"" + p.names(a).path() + "?" + filter.get() + "=a%00b\"",
                "body",
                "\"\"",
                "fields",
                List.of("[]string{" + GoNames.quote(filter.get()) + "}")));
        break;
      }
    }
    return out;
  }

  private static boolean plainText(dev.dddgen.model.Field f) {
    return f.type() instanceof dev.dddgen.model.FieldType.Builtin b
        && b.scalar().isTextual()
        && f.constraints().pattern().isEmpty();
  }

  /**
   * The id of a resource the tests never create: requests to it fail before or after the body is
   * read.
   */
  static final String SAMPLE_ID = "0190f4c2-7a00-7000-8000-000000000001";
}
