package dev.dddgen.stack.go;

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

/**
 * docs/templates.md documents exactly the names of every Go view record ("Views of the Go target"):
 * docs cannot drift. A family converted to views adds its records' holder class to {@link
 * #HOLDERS}.
 */
class GoViewsDocTest {
  private static final List<Class<?>> HOLDERS = List.of(GoDomainViews.class);
  private static final Pattern HEADING = Pattern.compile("^#### `(\\w+)`");
  private static final Pattern NAME = Pattern.compile("`(\\w+)`");

  /** Record simple name to the names listed under its heading, in order. */
  private static Map<String, List<String>> documented() throws Exception {
    String docs = Files.readString(CliRunner.repo().resolve("docs/templates.md"));
    int start = docs.indexOf("\n## Views of the Go target\n");
    assertThat(start)
        .as("docs/templates.md has a section 'Views of the Go target'")
        .isNotNegative();
    int end = docs.indexOf("\n## ", start + 1);
    String section = docs.substring(start, end < 0 ? docs.length() : end);
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
    HOLDERS.stream()
        .flatMap(holder -> Stream.of(holder.getDeclaredClasses()))
        .filter(Class::isRecord)
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
