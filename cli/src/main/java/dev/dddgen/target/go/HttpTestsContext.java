package dev.dddgen.target.go;

import dev.dddgen.model.Aggregate;
import dev.dddgen.model.Command;
import dev.dddgen.naming.Names;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code tests.http}: the cases of the generated HTTP handler tests. */
final class HttpTestsContext {
  private HttpTestsContext() {}

  static Map<String, Object> of(GoProject p, Aggregate a, Map<String, Object> aggregate) {
    return Map.of();
  }

  /** The {@code common} key of common_test.go. */
  static Map<String, Object> common(GoProject p) {
    List<Aggregate> aggregates = p.model().aggregates();
    Optional<Aggregate> creatable = aggregates.stream().filter(a -> a.command(Command.Kind.CREATE).isPresent()).findFirst();
    String collection = p.names(creatable.orElse(aggregates.get(0))).path();
    List<String> command = new ArrayList<>();
    for (Aggregate a : aggregates) {
      Optional<Command> action = a.command(Command.Kind.ACTION);
      if (action.isPresent()) {
        command.add(p.names(a).path() + "/" + SAMPLE_ID + "/" + Names.kebab(DomainContext.actionMethod(a, action.get())));
        break;
      }
    }
    return Maps.of("collection", collection, "command", command, "streamed", creatable.isPresent());
  }

  /** The id of a resource the tests never create: requests to it fail before or after the body is read. */
  static final String SAMPLE_ID = "0190f4c2-7a00-7000-8000-000000000001";
}
