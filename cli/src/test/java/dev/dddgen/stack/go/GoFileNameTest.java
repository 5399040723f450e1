package dev.dddgen.stack.go;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dddgen.cli.CliRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * File names the go command would read as build conditions: a generated file must be built on every
 * platform, and never as a test file unless it is one (GoBuildTest builds edge.yaml's LabTest,
 * RobotArm and RunOnWindows).
 */
class GoFileNameTest {

  @Test
  void leavesOutTheUnderscoreBeforeAConditionWord() {
    assertThat(GoNames.file("LabTest")).isEqualTo("labtest");
    assertThat(GoNames.file("RobotArm")).isEqualTo("robotarm");
    assertThat(GoNames.file("RunOnWindows")).isEqualTo("run_onwindows");
    assertThat(GoNames.file("ServerLinuxAmd64")).isEqualTo("server_linuxamd64");
  }

  @Test
  void keepsOrdinaryNames() {
    assertThat(GoNames.file("PlaceOrder")).isEqualTo("place_order");
    assertThat(GoNames.file("Test")).isEqualTo("test");
    assertThat(GoNames.file("Testing")).isEqualTo("testing");
    assertThat(GoNames.ordinaryFile("order_status")).isEqualTo("order_status");
  }

  /**
   * An aggregate package imported under its own name must not meet a package-level name of the file
   * importing it (an aggregate Ptr and the domain test's ptr helper): every all-lower-case
   * top-level declaration of a Go template is in GoAggregateNames.DECLARED.
   */
  @Test
  void everyLowerCaseTopLevelNameOfTheTemplatesMakesAnAggregateImportRenamed() throws IOException {
    Pattern declaration = Pattern.compile("(?m)^(?:func|type|var|const) ([a-z][a-z0-9]*)\\b");
    Set<String> declared = new TreeSet<>();
    try (Stream<Path> files = Files.walk(CliRunner.repo().resolve("templates/go"))) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Matcher m = declaration.matcher(Files.readString(file));
        while (m.find()) {
          declared.add(m.group(1));
        }
      }
    }
    assertThat(declared).isNotEmpty();
    assertThat(GoAggregateNames.DECLARED).containsAll(declared);
  }
}
