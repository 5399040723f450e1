package dev.dddgen.stack.java;

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
import org.junit.jupiter.api.Test;

/** docs/templates.md documents exactly the names of every Java view record: docs cannot drift. */
class JavaViewsDocTest {
  private static final Pattern HEADING = Pattern.compile("^#### `(\\w+)`");
  private static final Pattern NAME = Pattern.compile("`(\\w+)`");

  /** Record simple name to the names listed under its heading, in order. */
  private static Map<String, List<String>> documented() throws Exception {
    String docs = Files.readString(CliRunner.repo().resolve("docs/templates.md"));
    String section = docs.substring(docs.indexOf("## Views of the Java target"));
    Map<String, List<String>> out = new LinkedHashMap<>();
    List<String> current = null;
    for (String line : section.split("\n")) {
      Matcher heading = HEADING.matcher(line);
      if (heading.find()) {
        current = new ArrayList<>();
        assertThat(out.put(heading.group(1), current)).as("documented twice: " + line).isNull();
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
  private static Map<String, List<String>> records() {
    Map<String, List<String>> out = new LinkedHashMap<>();
    Stream.of(JavaProject.class, JavaViews.class, JavaTestViews.class, JavaTeamFiles.class)
        .flatMap(holder -> Stream.of(holder.getDeclaredClasses()))
        .filter(Class::isRecord)
        // JavaProject's model helpers are not views.
        .filter(
            type -> !List.of(JavaProject.JField.class, JavaProject.JEntity.class).contains(type))
        .forEach(
            type -> out.put(type.getSimpleName(), ViewTree.names((Class<? extends Record>) type)));
    return out;
  }

  @Test
  void everyViewRecordIsDocumentedNameForName() throws Exception {
    Map<String, List<String>> documented = documented();
    Map<String, List<String>> records = records();
    assertThat(documented.keySet()).containsExactlyInAnyOrderElementsOf(records.keySet());
    records.forEach(
        (record, names) ->
            assertThat(documented.get(record))
                .as("names of %s in docs/templates.md", record)
                .containsExactlyInAnyOrderElementsOf(names));
  }
}
