package dev.dddgen.definition;

import dev.dddgen.definition.Definition.AggregateDef;
import dev.dddgen.definition.Definition.AssignmentDef;
import dev.dddgen.definition.Definition.CommandDef;
import dev.dddgen.definition.Definition.EntityDef;
import dev.dddgen.definition.Definition.EventDef;
import dev.dddgen.definition.Definition.FieldDef;
import dev.dddgen.definition.Definition.GuardDef;
import dev.dddgen.definition.Definition.ProjectDef;
import dev.dddgen.definition.Definition.QueryDef;
import dev.dddgen.definition.Definition.SecurityDef;
import dev.dddgen.definition.Definition.ValueObjectDef;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the YAML tree into a {@link Definition}: checks the shape (known keys, mappings where
 * mappings belong, numbers where numbers belong) and records every problem instead of stopping.
 * Meaning (types that exist, references that resolve) is {@link DefinitionValidator}'s job.
 */
public final class DefinitionParser {
  public static final List<String> TOP_KEYS =
      List.of("version", "project", "security", "valueObjects", "aggregates");
  public static final List<String> PROJECT_KEYS =
      List.of("name", "target", "module", "group", "artifact", "output", "events");
  public static final List<String> PROJECT_EVENTS_KEYS = List.of("broker");
  public static final List<String> FIELD_KEYS =
      List.of(
          "type",
          "to",
          "values",
          "optional",
          "default",
          "min",
          "max",
          "minLength",
          "maxLength",
          "pattern",
          "unique",
          "pii",
          "renamedFrom",
          "example",
          "writable");
  public static final List<String> VALUE_OBJECT_KEYS = List.of("fields");
  public static final List<String> AGGREGATE_KEYS =
      List.of(
          "fields",
          "entities",
          "commands",
          "queries",
          "events",
          "plural",
          "table",
          "ownedBy",
          "access");
  public static final List<String> ENTITY_KEYS = List.of("fields", "plural", "table");
  public static final List<String> COMMAND_KEYS =
      List.of("create", "update", "delete", "params", "when", "set", "emits");
  public static final List<String> QUERY_KEYS = List.of("by", "filter", "paginate");
  public static final List<String> EVENT_KEYS = List.of("fields");

  private final String file;
  private final List<Problem> problems;

  private DefinitionParser(String file, List<Problem> problems) {
    this.file = file;
    this.problems = problems;
  }

  public static Definition parse(String file, YamlNode root, List<Problem> problems) {
    return new DefinitionParser(file, problems).definition(root);
  }

  private Definition definition(YamlNode root) {
    if (!(root instanceof YamlNode.Mapping mapping)) {
      problems.add(
          new Problem(
              root.at(),
              "a definition must be a mapping with 'version', 'project' and "
                  + "'aggregates', not "
                  + root.describe(),
              "run 'dddgen init' for a starting point"));
      return new Definition(file, null, null, List.of(), List.of(), null);
    }
    Section top = new Section(mapping, "the definition", TOP_KEYS, problems);
    Text version = top.scalar("version");
    if (version == null) {
      problems.add(new Problem(mapping.at(), "missing 'version'", "add 'version: 1' at the top"));
    }
    ProjectDef project = null;
    YamlNode.Mapping projectNode = top.mapping("project");
    if (projectNode == null) {
      if (!top.has("project") || isNull(top.node("project"))) {
        problems.add(
            new Problem(
                mapping.at(),
                "missing 'project'",
                "add 'project: { name: shop, target: go, module: github.com/acme/shop }'"));
      }
    } else {
      Section section = new Section(projectNode, "project", PROJECT_KEYS, problems);
      YamlNode.Mapping eventsNode = section.mapping("events");
      Text broker =
          eventsNode == null
              ? null
              : new Section(eventsNode, "'project.events'", PROJECT_EVENTS_KEYS, problems)
                  .scalar("broker");
      project =
          new ProjectDef(
              projectNode.at(),
              section.scalar("name"),
              section.scalar("target"),
              section.scalar("module"),
              section.scalar("output"),
              section.scalar("group"),
              section.scalar("artifact"),
              broker);
    }
    SecurityDef security = new SecurityParser(problems).read(top, mapping.at());
    List<ValueObjectDef> valueObjects = top.named("valueObjects", this::valueObject);
    if (!top.has("aggregates")) {
      problems.add(
          new Problem(
              mapping.at(),
              "missing 'aggregates'",
              "declare at least one aggregate under 'aggregates:'"));
    }
    List<AggregateDef> aggregates = top.named("aggregates", this::aggregate);
    if (top.has("aggregates") && aggregates.isEmpty()) {
      problems.add(
          new Problem(
              top.node("aggregates").at(),
              "'aggregates' declares no aggregate",
              "add one, e.g. 'Customer: { fields: { name: string } }'"));
    }
    return new Definition(file, version, project, valueObjects, aggregates, security);
  }

  private ValueObjectDef valueObject(Text name, YamlNode node) {
    YamlNode.Mapping mapping =
        Section.expectMapping(problems, node, "value object '" + name.value() + "'");
    if (mapping == null) {
      return new ValueObjectDef(name, node.at(), null, List.of());
    }
    if (mapping.entries().stream().anyMatch(e -> e.key().value().equals("fields"))) {
      Section section =
          new Section(mapping, "value object '" + name.value() + "'", VALUE_OBJECT_KEYS, problems);
      return new ValueObjectDef(name, node.at(), null, section.named("fields", this::field));
    }
    return new ValueObjectDef(name, node.at(), field(name, node), List.of());
  }

  private AggregateDef aggregate(Text name, YamlNode node) {
    String what = "aggregate '" + name.value() + "'";
    YamlNode.Mapping mapping = Section.expectMapping(problems, node, what);
    if (mapping == null) {
      return new AggregateDef(
          name, node.at(), List.of(), List.of(), null, null, List.of(), null, null, null,
          List.of());
    }
    Section section = new Section(mapping, what, AGGREGATE_KEYS, problems);
    return new AggregateDef(
        name,
        node.at(),
        section.named("fields", this::field),
        section.named("entities", this::entity),
        section.has("commands") ? section.named("commands", this::command) : null,
        section.has("queries") ? section.named("queries", this::query) : null,
        section.named("events", this::event),
        section.scalar("plural"),
        section.scalar("table"),
        section.scalar("ownedBy"),
        new SecurityParser(problems).accessEntries(section.mapping("access"), what));
  }

  private EntityDef entity(Text name, YamlNode node) {
    YamlNode.Mapping mapping =
        Section.expectMapping(problems, node, "entity '" + name.value() + "'");
    if (mapping == null) {
      return new EntityDef(name, node.at(), List.of(), null, null);
    }
    Section section = new Section(mapping, "entity '" + name.value() + "'", ENTITY_KEYS, problems);
    return new EntityDef(
        name,
        node.at(),
        section.named("fields", this::field),
        section.scalar("plural"),
        section.scalar("table"));
  }

  private FieldDef field(Text name, YamlNode node) {
    if (node instanceof YamlNode.Scalar scalar && scalar.text().kind() == Text.Kind.STRING) {
      return new FieldDef(
          name,
          node.at(),
          scalar.text(),
          null,
          List.of(),
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null);
    }
    YamlNode.Mapping mapping = node instanceof YamlNode.Mapping m ? m : null;
    if (mapping == null) {
      problems.add(
          new Problem(
              node.at(),
              "'"
                  + name.value()
                  + "' must be a type name or a mapping with 'type', not "
                  + node.describe(),
              "write '" + name.value() + ": string' or '" + name.value() + ": { type: string }'"));
      return new FieldDef(
          name, node.at(), null, null, List.of(), null, null, null, null, null, null, null, null,
          null, null, null, null);
    }
    Section section = new Section(mapping, "'" + name.value() + "'", FIELD_KEYS, problems);
    Text type = section.scalar("type");
    if (type == null && (!section.has("type") || isNull(section.node("type")))) {
      problems.add(
          new Problem(
              mapping.at(),
              "'" + name.value() + "' has no 'type'",
              "add 'type: string' (or int, decimal, enum, ref, a value object...)"));
    }
    return new FieldDef(
        name,
        node.at(),
        type,
        section.scalar("to"),
        section.has("values") ? section.scalarList("values") : List.of(),
        section.flag("optional"),
        section.scalar("default"),
        section.number("min"),
        section.number("max"),
        section.integer("minLength"),
        section.integer("maxLength"),
        section.scalar("pattern"),
        section.flag("unique"),
        section.flag("pii"),
        section.scalar("renamedFrom"),
        section.scalar("example"),
        section.flag("writable"));
  }

  private CommandDef command(Text name, YamlNode node) {
    String what = "command '" + name.value() + "'";
    YamlNode.Mapping mapping =
        node instanceof YamlNode.Scalar s && s.text().kind() == Text.Kind.NULL
            ? new YamlNode.Mapping(node.at(), List.of())
            : Section.expectMapping(problems, node, what);
    if (mapping == null) {
      return new CommandDef(
          name, node.at(), null, null, null, List.of(), List.of(), List.of(), null);
    }
    Section section = new Section(mapping, what, COMMAND_KEYS, problems);
    List<GuardDef> guards = new ArrayList<>();
    YamlNode.Mapping when = section.mapping("when");
    if (when != null) {
      for (YamlNode.Entry entry : when.entries()) {
        List<Text> values =
            entry.value() instanceof YamlNode.Scalar scalar
                ? List.of(scalar.text())
                : Section.scalars(problems, entry.value(), "'when: " + entry.key().value() + "'");
        guards.add(new GuardDef(entry.key(), values));
      }
    }
    List<AssignmentDef> assignments = new ArrayList<>();
    YamlNode.Mapping set = section.mapping("set");
    if (set != null) {
      for (YamlNode.Entry entry : set.entries()) {
        if (entry.value() instanceof YamlNode.Scalar scalar) {
          assignments.add(new AssignmentDef(entry.key(), scalar.text()));
        } else {
          problems.add(
              Problem.of(
                  entry.value().at(),
                  "'set: "
                      + entry.key().value()
                      + "' must be a single value, not "
                      + entry.value().describe()));
        }
      }
    }
    return new CommandDef(
        name,
        node.at(),
        section.flag("create"),
        section.flag("update"),
        section.flag("delete"),
        section.named("params", this::field),
        List.copyOf(guards),
        List.copyOf(assignments),
        section.scalar("emits"));
  }

  private QueryDef query(Text name, YamlNode node) {
    YamlNode.Mapping mapping =
        Section.expectMapping(problems, node, "query '" + name.value() + "'");
    if (mapping == null) {
      return new QueryDef(name, node.at(), null, List.of(), null);
    }
    Section section = new Section(mapping, "query '" + name.value() + "'", QUERY_KEYS, problems);
    return new QueryDef(
        name,
        node.at(),
        section.scalar("by"),
        section.has("filter") ? section.scalarList("filter") : List.of(),
        section.flag("paginate"));
  }

  private EventDef event(Text name, YamlNode node) {
    if (node instanceof YamlNode.Scalar s && s.text().kind() == Text.Kind.NULL) {
      return new EventDef(name, node.at(), List.of(), List.of());
    }
    YamlNode.Mapping mapping =
        Section.expectMapping(problems, node, "event '" + name.value() + "'");
    if (mapping == null) {
      return new EventDef(name, node.at(), List.of(), List.of());
    }
    Section section = new Section(mapping, "event '" + name.value() + "'", EVENT_KEYS, problems);
    YamlNode fields = section.node("fields");
    if (fields instanceof YamlNode.Sequence) {
      return new EventDef(name, node.at(), section.scalarList("fields"), List.of());
    }
    return new EventDef(name, node.at(), List.of(), section.named("fields", this::field));
  }

  private static boolean isNull(YamlNode node) {
    return node instanceof YamlNode.Scalar scalar && scalar.text().kind() == Text.Kind.NULL;
  }
}
