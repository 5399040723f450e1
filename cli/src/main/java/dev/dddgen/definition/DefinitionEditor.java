package dev.dddgen.definition;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Edits the text of a definition in place, so the user's comments, order and layout elsewhere
 * survive: only the lines that are added are new. The result is always re-validated by the caller.
 */
public final class DefinitionEditor {
  private static final Pattern TOP_KEY = Pattern.compile("^([A-Za-z_][A-Za-z0-9_]*)\\s*:(.*)$");
  private static final Pattern CHILD = Pattern.compile("^(\\s+)[A-Za-z_\"'][^:]*:.*$");
  private static final Set<String> FLAGS = Set.of("optional", "unique", "pii");
  private static final Set<String> SETTINGS =
      Set.of("min", "max", "minLength", "maxLength", "pattern", "default", "to", "values");

  private DefinitionEditor() {}

  /** A field from the command line: {@code name:type[:constraint...]}. */
  public record FieldSpec(String name, String type, Map<String, String> settings) {

    /**
     * Parses {@code total:decimal:min=0:optional}; throws IllegalArgumentException saying what is
     * wrong.
     */
    public static FieldSpec parse(String spec) {
      String[] parts = spec.split(":", -1);
      if (parts.length < 2 || parts[0].isBlank() || parts[1].isBlank()) {
        throw new IllegalArgumentException(
            "'" + spec + "' must be name:type[:constraint...], e.g. total:decimal:min=0");
      }
      Map<String, String> settings = new LinkedHashMap<>();
      String last = null;
      for (int i = 2; i < parts.length; i++) {
        String part = parts[i];
        int eq = part.indexOf('=');
        String key = eq < 0 ? part : part.substring(0, eq);
        if (FLAGS.contains(part)) {
          settings.put(part, "true");
          last = null;
        } else if (eq > 0 && SETTINGS.contains(key)) {
          settings.put(key, part.substring(eq + 1));
          last = key;
        } else if (last != null && (last.equals("pattern") || last.equals("default"))) {
          settings.put(last, settings.get(last) + ":" + part); // a ':' inside a pattern or default
        } else {
          throw new IllegalArgumentException(
              "unknown constraint '"
                  + part
                  + "' in '"
                  + spec
                  + "'; use optional, unique, pii, "
                  + "min=N, max=N, minLength=N, maxLength=N, pattern=RE, default=V, to=Aggregate, values=A|B");
        }
      }
      return new FieldSpec(parts[0], parts[1], settings);
    }

    String yaml() {
      if (settings.isEmpty()) {
        return type;
      }
      List<String> items = new ArrayList<>();
      items.add("type: " + type);
      for (Map.Entry<String, String> setting : settings.entrySet()) {
        String value = setting.getValue();
        items.add(
            setting.getKey()
                + ": "
                + switch (setting.getKey()) {
                  case "values" -> "[" + String.join(", ", value.split("\\|")) + "]";
                  case "pattern", "default" ->
                      value.matches("-?[0-9]+(\\.[0-9]+)?|true|false|[A-Z][A-Z0-9_]*")
                              && !setting.getKey().equals("pattern")
                          ? value
                          : quote(value);
                  default -> value;
                });
      }
      return "{ " + String.join(", ", items) + " }";
    }
  }

  /** The definition with aggregate {@code name} appended to its {@code aggregates:} block. */
  public static String addAggregate(String text, String name, List<FieldSpec> fields) {
    List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
    int header = -1;
    for (int i = 0; i < lines.size(); i++) {
      Matcher matcher = TOP_KEY.matcher(lines.get(i));
      if (matcher.matches() && matcher.group(1).equals("aggregates")) {
        header = i;
        String rest = matcher.group(2).replaceAll("#.*", "").trim();
        if (!rest.isEmpty()) {
          throw new IllegalArgumentException(
              "'aggregates:' is written in flow style ({...}) at line "
                  + (i + 1)
                  + "; add the aggregate by hand, or write 'aggregates:' as a block");
        }
      }
    }
    if (header < 0) {
      throw new IllegalArgumentException("the definition has no 'aggregates:' block");
    }
    String indent = "  ";
    int end = header + 1;
    for (int i = header + 1; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.trim().startsWith("#")) {
        continue;
      }
      if (!Character.isWhitespace(line.charAt(0))) {
        break;
      }
      Matcher child = CHILD.matcher(line);
      if (end == header + 1 && child.matches()) {
        indent = child.group(1);
      }
      end = i + 1;
    }
    List<String> added = new ArrayList<>();
    added.add(indent + name + ":");
    added.add(indent + indent + "fields:");
    int width = fields.stream().mapToInt(f -> f.name().length()).max().orElse(0);
    for (FieldSpec field : fields) {
      added.add(
          indent
              + indent
              + indent
              + field.name()
              + ":"
              + " ".repeat(width - field.name().length() + 1)
              + field.yaml());
    }
    lines.addAll(end, added);
    return String.join("\n", lines);
  }

  private static String quote(String value) {
    return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
