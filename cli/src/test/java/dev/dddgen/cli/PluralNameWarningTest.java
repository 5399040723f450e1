package dev.dddgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An aggregate or entity named in the plural would get a plural of a plural (Persons → route
 * /personses): {@code validate} warns at the name, suggesting the singular, and the definition
 * stays valid; an explicit {@code plural:} says the name is meant.
 */
class PluralNameWarningTest {

  @Test
  void aPluralNameIsALocatedWarningWithItsSingular(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("dddgen.yaml");
    Files.writeString(
        file,
        """
        version: 1
        project: { name: crm, target: go, module: example.com/crm }
        aggregates:
          Persons:
            fields: { name: string }
            entities:
              Children: { fields: { name: string } }
          Canvas:
            fields: { name: string }
          Settings:
            plural: Settings
            fields: { name: string }
        security: { default: public }
        """);

    CliRunner.Result result = CliRunner.run("validate", "--no-color", "-f", file.toString());

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCodes.OK);
    assertThat(result.stderr())
        .isEqualTo(
            file
                + ":4:3: warning: 'Persons' reads as a plural, so its collection would be"
                + " 'Personses' — name it in the singular, 'Person'; or, if it is singular, give"
                + " its 'plural:'\n"
                + " 4 |   Persons:\n"
                + "   |   ^\n"
                + file
                + ":7:7: warning: 'Children' reads as a plural, so its collection would be"
                + " 'Childrens' — name it in the singular, 'Child'; or, if it is singular, give"
                + " its 'plural:'\n"
                + " 7 |       Children: { fields: { name: string } }\n"
                + "   |       ^\n");
  }
}
