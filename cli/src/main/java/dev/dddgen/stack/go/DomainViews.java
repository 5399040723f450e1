package dev.dddgen.stack.go;

import dev.dddgen.api.Api;
import dev.dddgen.model.Aggregate;
import dev.dddgen.model.Command;
import dev.dddgen.model.Entity;
import dev.dddgen.model.Event;
import dev.dddgen.model.Field;
import dev.dddgen.model.FieldType;
import dev.dddgen.model.Query;
import dev.dddgen.model.ValueObject;
import dev.dddgen.naming.Names;
import dev.dddgen.naming.ReservedWords;
import dev.dddgen.stack.go.GoDomainViews.Constant;
import dev.dddgen.stack.go.GoDomainViews.EventField;
import dev.dddgen.stack.go.GoDomainViews.EventType;
import dev.dddgen.stack.go.GoDomainViews.Filter;
import dev.dddgen.stack.go.GoDomainViews.Sentinel;
import dev.dddgen.stack.go.GoDomainViews.Var;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds the views of the Go domain templates for one aggregate (see {@link GoDomainViews}); the
 * command methods' parts are {@link DomainMethods}'.
 */
final class DomainViews {
  private final GoProject p;
  private final Aggregate a;
  private final GoProject.AggregateNames n;

  /** An enum view and the file it is rendered to. */
  record EnumFile(String path, GoDomainViews.Enum view) {}

  /** A child entity's view and the file it is rendered to. */
  record ChildFile(String path, GoDomainViews.Child view) {}

  DomainViews(GoProject p, Aggregate a) {
    this.p = p;
    this.a = a;
    this.n = p.names(a);
  }

  GoDomainViews.Entity entity() {
    List<Var> vars = new ArrayList<>();
    List<GoDomainViews.Field> fields = new ArrayList<>();
    for (Field field : a.fields()) {
      String enumType = GoTypes.enumTypeName(a, null, field);
      fields.add(
          DomainAssignments.field(
              field,
              GoTypes.of(p.model(), n.ref(), field, enumType),
              n.receiver(),
              "next",
              "shared.",
              GoNames.local(field.name()),
              enumType,
              DomainEntities.defaultLiteral(field, enumType),
              vars));
    }
    List<GoDomainViews.ChildList> entities = new ArrayList<>();
    for (Entity entity : a.entities()) {
      String listName = Api.listProperty(entity);
      entities.add(
          new GoDomainViews.ChildList(
              entity.name(),
              listName,
              GoNames.local(listName),
              GoNames.exported(entity.plural()),
              itemVar(entity),
              childReceiver(entity) + "p"));
    }
    DomainMethods methods = new DomainMethods(p, a, vars);
    // The actions' parameter checks add their vars after the fields'.
    List<GoDomainViews.Action> actions = methods.actions();
    return new GoDomainViews.Entity(
        n.pkg(),
        a.name(),
        a.table(),
        Names.human(a.name()),
        DomainContext.article(a.name()),
        n.receiver(),
        "New" + a.name(),
        constructorDoc(),
        GoDomainViews.Vars.of(vars),
        List.copyOf(fields),
        List.copyOf(entities),
        actions,
        methods.create(),
        methods.update(),
        methods.delete());
  }

  private List<String> constructorDoc() {
    Command create =
        a.commands().stream().filter(c -> c.kind() == Command.Kind.CREATE).findFirst().orElse(null);
    List<String> lines = new ArrayList<>();
    lines.add(
        "New"
            + a.name()
            + " validates p and returns a new "
            + a.name()
            + (create != null ? " (command " + create.name() + ")." : "."));
    if (create != null && create.emits().isPresent()) {
      lines.add("It records " + create.emits().get() + ".");
    }
    return List.copyOf(lines);
  }

  private static String lastWord(Entity entity) {
    List<String> words = Names.words(entity.name());
    return words.get(words.size() - 1).toLowerCase(Locale.ROOT);
  }

  private static String childReceiver(Entity entity) {
    String lastWord = lastWord(entity);
    String receiver = lastWord.substring(0, 1);
    if (receiver.equals("p") || receiver.equals("v") || receiver.equals("i")) {
      receiver = lastWord.substring(0, Math.min(2, lastWord.length()));
    }
    return receiver;
  }

  private static String itemVar(Entity entity) {
    String lastWord = lastWord(entity);
    return ReservedWords.isGo(lastWord) ? lastWord + "_" : lastWord;
  }

  GoDomainViews.Owner owner() {
    return new GoDomainViews.Owner(n.pkg(), a.name());
  }

  List<ChildFile> children() {
    List<ChildFile> out = new ArrayList<>();
    for (Entity entity : a.entities()) {
      String receiver = childReceiver(entity);
      List<Var> vars = new ArrayList<>();
      List<GoDomainViews.Field> fields = new ArrayList<>();
      for (Field field : entity.fields()) {
        String enumType = GoTypes.enumTypeName(a, entity.name(), field);
        fields.add(
            DomainAssignments.field(
                field,
                GoTypes.of(p.model(), n.ref(), field, enumType),
                receiver,
                receiver,
                "shared.",
                GoNames.local(field.name()),
                enumType,
                DomainEntities.defaultLiteral(field, enumType),
                vars));
      }
      GoDomainViews.Child view =
          new GoDomainViews.Child(
              entity.name(),
              Names.human(entity.name()),
              DomainContext.article(entity.name()),
              receiver,
              lastWord(entity),
              GoDomainViews.Vars.of(vars),
              List.copyOf(fields));
      out.add(
          new ChildFile(
              "internal/domain/" + n.pkg() + "/" + GoNames.file(entity.name()) + ".go", view));
    }
    return out;
  }

  GoDomainViews.Errors errors() {
    List<Sentinel> sentinels = new ArrayList<>();
    for (Command command : a.commands()) {
      if (!command.guards().isEmpty()) {
        String name = "Err" + command.name() + "NotAllowed";
        String allowedWhen = DomainMethods.allowedWhen(a, command);
        sentinels.add(
            new Sentinel(
                name,
                DomainDocs.lines(
                    name
                        + " is returned by "
                        + DomainMethods.method(a, command)
                        + " unless "
                        + allowedWhen
                        + ".",
                    DomainDocs.WIDTH),
                GoNames.quote(command.name() + " is allowed only when " + allowedWhen)));
      }
    }
    return new GoDomainViews.Errors(
        n.pkg(),
        a.name(),
        Names.human(a.name()),
        new GoDomainViews.ErrorNames(notFound(), List.copyOf(sentinels)));
  }

  private String notFound() {
    return "Err" + a.name() + "NotFound";
  }

  GoDomainViews.Events events() {
    List<EventType> events = new ArrayList<>();
    for (Event event : a.events()) {
      List<EventField> fields = new ArrayList<>();
      for (Event.EventField eventField : event.fields()) {
        Field field = eventField.field();
        GoTypes types =
            GoTypes.of(p.model(), n.ref(), field, GoTypes.enumTypeName(a, event.name(), field));
        fields.add(new EventField(GoNames.exported(field.name()), types.domain()));
      }
      boolean copied = event.fields().stream().allMatch(Event.EventField::fromAggregate);
      String recorder =
          a.commands().stream()
              .filter(c -> c.emits().filter(event.name()::equals).isPresent())
              .map(Command::name)
              .findFirst()
              .orElse(null);
      String text =
          event.name()
              + (recorder == null
                  ? " is declared, but no command records it. "
                  : " is recorded by " + recorder + ". ")
              + (event.fields().isEmpty()
                  ? "It has no fields of its own."
                  : copied
                      ? "Its fields are copied from the "
                          + a.name()
                          + " when the event is recorded."
                      : "Its fields come from the command's parameters.");
      events.add(
          new EventType(
              event.name(), !events.isEmpty(), DomainDocs.lines(text), List.copyOf(fields)));
    }
    return new GoDomainViews.Events(n.pkg(), a.name(), !a.events().isEmpty(), List.copyOf(events));
  }

  GoDomainViews.Repository repository() {
    List<Filter> filters = new ArrayList<>();
    a.query(Query.Kind.LIST)
        .ifPresent(
            list -> {
              for (String name : list.filters()) {
                Field field = a.field(name).orElseThrow();
                GoTypes types =
                    GoTypes.of(p.model(), n.ref(), field, GoTypes.enumTypeName(a, null, field));
                String base =
                    field.type() instanceof FieldType.ValueObjectType vot
                            && p.model().valueObjects().stream()
                                .anyMatch(v -> v.name().equals(vot.name()) && v.simple())
                        ? types.param().substring(1)
                        : types.domain();
                filters.add(
                    new Filter(GoNames.exported(name), base.startsWith("*") ? base : "*" + base));
              }
            });
    return new GoDomainViews.Repository(
        n.pkg(),
        a.name(),
        n.plural(),
        n.receiver(),
        !a.entities().isEmpty(),
        String.join(", ", a.entities().stream().map(Entity::name).toList()),
        notFound(),
        List.copyOf(filters),
        GoEventViews.outbox(p, a));
  }

  /** Enum types declared in the aggregate package, one per distinct type name. */
  List<EnumFile> enums() {
    Map<String, EnumFile> enums = new LinkedHashMap<>();
    String prefix = "internal/domain/" + n.pkg() + "/" + Names.snake(a.name()) + "_";
    for (Field field : a.fields()) {
      addEnum(enums, null, field, "the enum type of the " + a.name() + " field ", prefix);
    }
    for (Entity entity : a.entities()) {
      for (Field field : entity.fields()) {
        addEnum(
            enums,
            entity.name(),
            field,
            "the enum type of the " + entity.name() + " field ",
            prefix);
      }
    }
    for (Command command : a.commands()) {
      for (Field field : command.params()) {
        addEnum(
            enums,
            command.name(),
            field,
            "the enum type of the " + command.name() + " parameter ",
            prefix);
      }
    }
    for (Event event : a.events()) {
      for (Event.EventField eventField : event.fields()) {
        addEnum(
            enums,
            event.name(),
            eventField.field(),
            "the enum type of the " + event.name() + " field ",
            prefix);
      }
    }
    return List.copyOf(enums.values());
  }

  private void addEnum(
      Map<String, EnumFile> enums, String owner, Field field, String description, String prefix) {
    String type = GoTypes.enumTypeName(a, owner, field);
    if (type == null || enums.containsKey(type)) {
      return;
    }
    enums.put(
        type,
        new EnumFile(
            GoNames.ordinaryFile(prefix + Names.snake(type)) + ".go",
            enumView(
                n.pkg(),
                type,
                ((FieldType.Enumeration) field.type()).values(),
                description + field.name())));
  }

  static GoDomainViews.Enum enumView(
      String pkg, String type, List<String> values, String description) {
    List<Constant> constants = new ArrayList<>();
    for (String value : values) {
      constants.add(
          new Constant(type + Names.pascal(value.toLowerCase(Locale.ROOT)), GoNames.quote(value)));
    }
    return new GoDomainViews.Enum(
        pkg,
        type,
        type.substring(0, 1).toLowerCase(Locale.ROOT),
        description,
        Names.lowerFirst(type) + "Values",
        type + "Values",
        List.copyOf(constants));
  }

  /**
   * Enums of composite value-object parts (and enum simple value objects): types of package shared.
   */
  static List<EnumFile> sharedEnums(GoProject p) {
    List<EnumFile> enums = new ArrayList<>();
    for (ValueObject vo : p.model().valueObjects()) {
      for (Field field : vo.fields()) {
        if (field.type() instanceof FieldType.Enumeration values) {
          String type = vo.name() + GoNames.exported(field.name());
          enums.add(
              new EnumFile(
                  "internal/domain/shared/" + GoNames.file(type) + ".go",
                  enumView(
                      "shared",
                      type,
                      values.values(),
                      "the enum type of the " + vo.name() + " field " + field.name())));
        }
      }
    }
    return enums;
  }
}
