package dev.dddgen.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dddgen.cli.CliRunner;
import dev.dddgen.cli.ExitCodes;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A refused schema change names the definition's FILE:LINE:COL of the field that asks for it. */
class MigrationRefusalTest {

  @Test
  void aRefusalPointsAtTheFieldItIsAbout(@TempDir Path dir) {
    EvolvingProject project = new EvolvingProject(dir);
    String v01 = EvolvingProject.resource("library/v01-initial.yaml");
    project.evolve(v01, "--yes");
    String next =
        v01.replace("      status: { type: enum", "      isbn: string\n      status: { type: enum")
            .replace("group: { type: string, optional: true }", "group: string");

    CliRunner.Result refused =
        project.refused(next, ExitCodes.INVALID_DEFINITION, "--yes", "--allow-destructive");

    String file = dir.resolve("dddgen.yaml").toString();
    assertThat(refused.stderr())
        .as(refused.describe())
        .contains(
            file
                + ":"
                + lineOf(next, "      isbn:")
                + ":7: column 'isbn' of table 'books' is"
                + " new and required")
        .contains(
            file
                + ":"
                + lineOf(next, "      group:")
                + ":7: column 'group' of table 'users'"
                + " becomes required");
  }

  private static int lineOf(String text, String prefix) {
    List<String> lines = text.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith(prefix)) {
        return i + 1;
      }
    }
    throw new AssertionError("no line starts with '" + prefix + "'");
  }
}
