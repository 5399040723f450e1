package dev.dddgen.stack.java;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The views of the Java stack's per-aggregate templates: names, types, literals and single
 * expressions, never a statement, a line break or SQL text (those are written in the templates).
 * docs/templates.md documents every component; a test keeps the two equal.
 */
final class JavaViews {
  private JavaViews() {}

  /** One of a list the template separates: {@code first} tells where no separator goes. */
  record Part(String value, boolean first) {}

  static List<Part> parts(List<String> values) {
    List<Part> out = new ArrayList<>(values.size());
    for (int i = 0; i < values.size(); i++) {
      out.add(new Part(values.get(i), i == 0));
    }
    return List.copyOf(out);
  }

  /** The aggregate as every per-aggregate template sees it, under {@code aggregate}. */
  record Aggregate(
      String name,
      String var,
      String plural,
      String packageName,
      String repository,
      String dto,
      List<Field> fields,
      List<CommandView> commands,
      List<QueryView> queries,
      List<ListMethod> lists,
      List<String> repositoryImports,
      Persistence persistence,
      Http http,
      JavaTestViews.Tests tests,
      Optional<JavaSecurityViews.Owner> owner) {}

  record Field(String name, String ident, String column, boolean required) {}

  /**
   * A command handler: {@code inputs} are the accessors of the command its method is called with.
   */
  record CommandView(
      String name, String kind, String handler, String bean, String method, List<String> inputs) {}

  record QueryView(
      String name,
      String kind,
      String handler,
      String bean,
      String method,
      boolean paginate,
      List<Filter> filters,
      List<String> imports) {}

  /** A list filter: its type, local name, and the QueryParams call that parses it. */
  record Filter(String type, String local, String parse) {}

  /** A list method of the repository port. */
  record ListMethod(
      String name,
      String plural,
      String method,
      List<Filter> parameters,
      List<Condition> conditions) {}

  /** A filter of a list method: its quoted SQL column, parameter name and bound value. */
  record Condition(String local, String column, String param, String value) {}

  /**
   * The JDBC repository: columns (SQL names, bound parameters and their values) and reads; {@code
   * outbox} when it writes the aggregate's recorded events to the outbox.
   */
  record Persistence(
      String className,
      String table,
      List<Column> columns,
      List<Column> assignments,
      List<Part> reads,
      List<ConstraintField> constraintFields,
      List<Child> children,
      boolean outbox,
      List<String> imports) {
    public boolean hasConstraintFields() {
      return !constraintFields.isEmpty();
    }

    public boolean hasChildren() {
      return !children.isEmpty();
    }

    /**
     * Writes are one statement each (no child rows, no outbox rows): all or nothing by themselves,
     * so they run without a transaction, as the Go repositories do.
     */
    public boolean oneStatement() {
      return children.isEmpty() && !outbox;
    }
  }

  /** A column: its (quoted) SQL name, the named parameter it is bound to, and the value bound. */
  record Column(String name, String param, String value, boolean first) {}

  /** The JSON field a unique or foreign-key constraint guards. */
  record ConstraintField(String constraint, String field, boolean first) {}

  /** The rows of a child entity, kept in a table of their own. */
  record Child(
      String type,
      String ident,
      String method,
      String table,
      String parent,
      List<Column> columns,
      List<Part> reads) {}

  record Http(
      String route,
      String controller,
      List<Handler> handlers,
      List<Endpoint> creates,
      List<Endpoint> updates,
      List<Endpoint> deletes,
      List<Endpoint> actions,
      List<QueryEndpoint> gets,
      List<QueryEndpoint> lists,
      List<ReadOnlyMember> readOnly,
      List<String> imports) {
    public boolean hasReadOnly() {
      return !readOnly.isEmpty();
    }
  }

  /**
   * A member create and update bodies refuse (lifecycle state only commands change): its JSON name
   * and what the client is told, a Java string literal; {@code first} tells where no comma goes.
   */
  record ReadOnlyMember(String name, String message, boolean first) {}

  record Handler(String type, String field, boolean first) {}

  /** A command's endpoint; {@code segment} is the action's path segment, empty otherwise. */
  record Endpoint(String method, String field, String command, String request, String segment) {}

  /** A query's endpoint; a list's query parameters, in order. */
  record QueryEndpoint(String method, String field, String query, List<RequestParam> parameters) {}

  /** A list's query parameter and the QueryString method that reads it. */
  record RequestParam(String name, String reader, boolean first) {}

  /** The wiring configuration: every repository and handler bean. */
  record Wiring(List<String> imports, List<WiredAggregate> aggregates) {}

  record WiredAggregate(
      String repository,
      String repositoryBean,
      String jdbcRepository,
      List<CommandView> commands,
      List<QueryView> queries,
      boolean owned,
      boolean outbox,
      boolean transactional) {}

  /**
   * Under {@code openapi}: the document's title, and the document itself as written by the YAML
   * emitter (a whole file, not a view value).
   */
  record OpenApi(String title, String document) {}

  /**
   * Under {@code events}: {@code published} when recorded events go through the outbox to a broker
   * (and asyncapi.yaml is served).
   */
  record Events(boolean published) {}
}
