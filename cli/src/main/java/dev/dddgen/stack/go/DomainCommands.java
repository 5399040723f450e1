package dev.dddgen.stack.go;

import dev.dddgen.model.Aggregate;
import dev.dddgen.model.Command;
import dev.dddgen.model.Event;
import dev.dddgen.model.Field;
import dev.dddgen.model.FieldType;
import dev.dddgen.naming.Names;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Guards, sentinels, effects, recorded events and doc comments of the commands' domain methods. */
final class DomainCommands {
  private DomainCommands() {}

  static void guards(GoProject p, Aggregate a, Command command, Map<String, Object> map) {
    String receiver = p.names(a).receiver();
    String sentinelName = "Err" + command.name() + "NotAllowed";
    List<Map<String, Object>> guards = new ArrayList<>();
    List<String> when = new ArrayList<>();
    for (Command.Guard guard : command.guards()) {
      Field field = a.field(guard.field()).orElseThrow();
      String access = receiver + "." + GoNames.local(field.name());
      String condition;
      if (field.type() instanceof FieldType.Enumeration) {
        String type = GoTypes.enumTypeName(a, null, field);
        List<String> constants =
            guard.values().stream()
                .map(v -> type + Names.pascal(v.toLowerCase(Locale.ROOT)))
                .toList();
        condition =
            "!slices.Contains([]"
                + type
                + "{"
                + String.join(", ", constants)
                + "}, "
                + access
                + ")";
      } else if (guard.values().contains("true") && guard.values().contains("false")) {
        // Either value is allowed: only an unset optional field is refused, a required one never.
        when.add(field.name() + " is " + String.join(", ", guard.values()));
        if (field.optional() && field.defaultValue().isEmpty()) {
          guards.add(Maps.of("condition", access + " == nil", "sentinel", sentinelName));
        }
        continue;
      } else if (guard.values().size() == 1 && guard.values().get(0).equals("true")) {
        condition = "!" + access;
      } else if (guard.values().size() == 1 && guard.values().get(0).equals("false")) {
        condition = access;
      } else {
        condition =
            "!slices.Contains([]"
                + "string{"
                + String.join(", ", guard.values().stream().map(GoNames::quote).toList())
                + "}, "
                + access
                + ")";
      }
      if (field.optional() && field.defaultValue().isEmpty()) {
        // An unset optional field satisfies no guard.
        condition = access + " == nil || " + condition.replace(access, "*" + access);
      }
      guards.add(Maps.of("condition", condition, "sentinel", sentinelName));
      when.add(field.name() + " is " + String.join(", ", guard.values()));
    }
    String allowedWhen = String.join(" and ", when);
    map.put("guards", guards);
    map.put("guarded", !guards.isEmpty());
    map.put("allowedWhen", allowedWhen);
    String method = (String) map.get("method");
    if (command.guards().isEmpty()) {
      map.put("sentinel", false);
    } else {
      map.put(
          "sentinel",
          Maps.of(
              "name",
              sentinelName,
              "doc",
              DomainDocs.comment(
                  sentinelName + " is returned by " + method + " unless " + allowedWhen + ".",
                  DomainDocs.WIDTH),
              "message",
              GoNames.quote(command.name() + " is allowed only when " + allowedWhen)));
    }

    // effects
    List<String> effects = new ArrayList<>();
    List<String> effectWords = new ArrayList<>();
    for (Command.Assignment assignment : command.assignments()) {
      Field field = a.field(assignment.field()).orElseThrow();
      String value;
      if (field.type() instanceof FieldType.Enumeration) {
        value =
            GoTypes.enumTypeName(a, null, field)
                + Names.pascal(assignment.value().toLowerCase(Locale.ROOT));
      } else {
        value = assignment.value();
      }
      if (field.optional() && field.defaultValue().isEmpty()) {
        String local = GoNames.local(field.name()) + "Value";
        effects.add(local + " := " + value);
        effects.add(receiver + "." + GoNames.local(field.name()) + " = &" + local);
      } else {
        effects.add(receiver + "." + GoNames.local(field.name()) + " = " + value);
      }
      effectWords.add("sets " + field.name() + " to " + assignment.value());
    }
    for (Field param : command.params()) {
      if (a.field(param.name()).isPresent() && command.kind() == Command.Kind.ACTION) {
        String local = GoNames.local(param.name());
        Field field = a.field(param.name()).get();
        // An optional parameter (without a default) is bound to a pointer, the others to a value.
        boolean pointer = param.optional() && param.defaultValue().isEmpty();
        boolean timestamp = DomainFields.scalar(field) == dev.dddgen.model.Scalar.TIMESTAMP;
        boolean fieldPointer = field.optional() && field.defaultValue().isEmpty();
        String value = local;
        if (timestamp) {
          value =
              fieldPointer
                  ? "shared.NormalizeTimePtr(" + (pointer ? "" : "&") + local + ")"
                  : "shared.NormalizeTime(" + local + ")";
        } else if (fieldPointer && !pointer) {
          value = "&" + local;
        }
        if (pointer && !fieldPointer) {
          // An absent optional parameter leaves a required field as it is.
          effects.add("if " + local + " != nil {");
          effects.add(
              "\t"
                  + receiver
                  + "."
                  + local
                  + " = "
                  + (timestamp ? "shared.NormalizeTime(*" + local + ")" : "*" + local));
          effects.add("}");
        } else {
          effects.add(receiver + "." + local + " = " + value);
        }
        effectWords.add("assigns " + param.name());
      }
    }
    map.put("effects", effects);

    // record
    List<Map<String, Object>> record = new ArrayList<>();
    String emits = command.emits().orElse(null);
    if (emits != null) {
      Event event =
          a.events().stream().filter(e -> e.name().equals(emits)).findFirst().orElse(null);
      List<Map<String, Object>> values = new ArrayList<>();
      if (event != null) {
        for (Event.EventField ef : event.fields()) {
          String name = ef.field().name();
          String value =
              ef.fromAggregate() ? receiver + "." + GoNames.local(name) : GoNames.local(name);
          if (!ef.fromAggregate()
              && ef.field().type() instanceof FieldType.Builtin b
              && b.scalar() == dev.dddgen.model.Scalar.TIMESTAMP) {
            value =
                ef.field().optional() && ef.field().defaultValue().isEmpty()
                    ? "shared.NormalizeTimePtr(" + value + ")"
                    : "shared.NormalizeTime(" + value + ")";
          }
          if (ef.fromAggregate() && ef.field().optional() && ef.field().defaultValue().isEmpty()) {
            value = "shared.CopyPtr(" + value + ")";
          }
          values.add(Maps.of("exported", GoNames.exported(name), "value", value));
        }
      }
      record.add(Maps.of("recorder", receiver, "event", emits, "values", values));
    }
    map.put("record", record);
    map.put(
        "hasDomainMethod",
        command.kind() == Command.Kind.ACTION
            || (command.kind() == Command.Kind.DELETE && (!guards.isEmpty() || emits != null)));

    // doc
    String doc;
    if (command.kind() == Command.Kind.UPDATE) {
      doc = "Update applies the " + command.name() + " command: it replaces every field.";
    } else {
      List<String> clauses = new ArrayList<>(effectWords);
      if (emits != null) {
        clauses.add("records " + emits);
      }
      StringBuilder text =
          new StringBuilder(method + " applies the " + command.name() + " command.");
      if (!guards.isEmpty()) {
        text.append(" It is allowed only while ").append(allowedWhen);
        if (!clauses.isEmpty()) {
          text.append("; it ").append(join(clauses));
        }
        text.append('.');
      } else if (!clauses.isEmpty()) {
        text.append(" It ").append(join(clauses)).append('.');
      }
      doc = text.toString();
    }
    map.put("doc", DomainDocs.comment(doc));
  }

  private static String join(List<String> clauses) {
    if (clauses.size() == 1) {
      return clauses.get(0);
    }
    return String.join(", ", clauses.subList(0, clauses.size() - 1))
        + " and "
        + clauses.get(clauses.size() - 1);
  }
}
