package dev.dddgen.stack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dddgen.cli.CliRunner;
import dev.dddgen.render.ViewTree;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A section of docs/templates.md that documents view records: under a {@code #### `Record`}
 * heading, one {@code - `name` — ...} line per name. The doc tests compare it with the records
 * themselves, name for name, so the docs cannot drift.
 */
public final class ViewsDoc {
  private static final Pattern HEADING = Pattern.compile("^#### `(\\w+)`");
  private static final Pattern NAME = Pattern.compile("`(\\w+)`");

  private ViewsDoc() {}

  /**
   * Asserts that the section headed exactly {@code heading} documents the records declared in
   * {@code holders} (but not {@code notViews}), each with exactly its names.
   */
  public static void assertDocuments(
      String heading, List<Class<?>> holders, List<Class<?>> notViews) throws Exception {
    Map<String, List<String>> documented = documented(heading);
    Map<String, List<String>> records = records(holders, notViews);
    assertThat(documented.keySet())
        .as("records documented under '%s'", heading)
        .containsExactlyInAnyOrderElementsOf(records.keySet());
    records.forEach(
        (record, names) ->
            assertThat(documented.get(record))
                .as("names of %s in docs/templates.md", record)
                .containsExactlyInAnyOrderElementsOf(names));
  }

  /** Record simple name to the names listed under its heading, within the section only. */
  private static Map<String, List<String>> documented(String heading) throws Exception {
    String docs = Files.readString(CliRunner.repo().resolve("docs/templates.md"));
    int start = docs.indexOf("\n" + heading + "\n");
    assertThat(start).as("docs/templates.md has the section '%s'", heading).isNotNegative();
    Map<String, List<String>> out = new LinkedHashMap<>();
    List<String> current = null;
    for (String line : docs.substring(start + heading.length() + 2).split("\n")) {
      if (line.startsWith("# ") || line.startsWith("## ")) {
        break;
      }
      Matcher record = HEADING.matcher(line);
      if (record.find()) {
        current = new ArrayList<>();
        assertThat(out.put(record.group(1), current)).as("documented twice: " + line).isNull();
      } else if (line.startsWith("- ") && current != null) {
        // The names are the backticked words before the dash that starts the description.
        int dash = line.indexOf(" — ");
        Matcher name = NAME.matcher(dash < 0 ? line : line.substring(0, dash));
        while (name.find()) {
          current.add(name.group(1));
        }
      }
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, List<String>> records(
      List<Class<?>> holders, List<Class<?>> notViews) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    holders.stream()
        .flatMap(holder -> Stream.of(holder.getDeclaredClasses()))
        .filter(Class::isRecord)
        .filter(type -> !notViews.contains(type))
        .forEach(
            type -> out.put(type.getSimpleName(), ViewTree.names((Class<? extends Record>) type)));
    return out;
  }
}
