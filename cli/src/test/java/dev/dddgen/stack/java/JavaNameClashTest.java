package dev.dddgen.stack.java;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dddgen.cli.CliRunner;
import dev.dddgen.cli.ExitCodes;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Names that clash in Java: no generated file imports two types of the same simple name (two
 * aggregates' {@code Status} enums), and a table named like a SQL keyword is quoted inside a valid
 * Java string. JavaBuildTest compiles such projects; this checks the shapes without Maven.
 */
class JavaNameClashTest {
  @Test
  void noFileImportsTwoTypesOfOneNameAndReservedTablesStayValidJava(@TempDir Path dir)
      throws Exception {
    Path definition = dir.resolve("dddgen.yaml");
    Files.copy(
        CliRunner.repo().resolve("cli/src/test/resources/java/clashing-names.yaml"), definition);
    CliRunner.Result result = CliRunner.run("generate", "-q", "--yes", "-f", definition.toString());
    assertThat(result.exitCode()).as(result.describe()).isEqualTo(ExitCodes.OK);

    List<Path> sources;
    try (Stream<Path> files = Files.walk(dir.resolve("backend"))) {
      sources = files.filter(f -> f.toString().endsWith(".java")).toList();
    }
    for (Path source : sources) {
      Map<String, String> bySimpleName = new HashMap<>();
      for (String line : Files.readAllLines(source, StandardCharsets.UTF_8)) {
        if (line.startsWith("import ") && !line.startsWith("import static ")) {
          String type = line.substring("import ".length(), line.length() - 1);
          String simple = type.substring(type.lastIndexOf('.') + 1);
          String other = bySimpleName.putIfAbsent(simple, type);
          assertThat(other).as("%s imports %s and %s", source, other, type).isNull();
        }
      }
    }
    Path orderTest =
        dir.resolve(
            "backend/src/test/java/com/example/tix/infrastructure/persistence/"
                + "JdbcOrderRepositoryTest.java");
    assertThat(Files.readString(orderTest))
        .contains("TestDatabase.truncate(jdbc, \"\\\"user\\\"\", \"shows\", \"orders\");")
        .contains("com.example.tix.domain.show.Status.DRAFT");
  }
}
