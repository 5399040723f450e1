package dev.dddgen.stack.java;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dddgen.cli.CliRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Maven coordinates of the Java target: derived from module and name, or set in the definition.
 */
class JavaCoordinatesTest {
  private static final String AGGREGATES =
      "aggregates:\n  Customer:\n    fields: { name: string }\n";

  @Test
  void groupAndArtifactAreDerivedFromTheBasePackageAndTheName(@TempDir Path dir) throws Exception {
    String pom = generate(dir, "{ name: shop-api, target: java, module: com.acme.shop }");

    assertThat(pom).contains("<groupId>com.acme</groupId>\n  <artifactId>shop-api</artifactId>");
  }

  @Test
  void groupAndArtifactSetInTheDefinitionWin(@TempDir Path dir) throws Exception {
    String pom =
        generate(
            dir,
            "{ name: shop, target: java, module: com.acme.shop, group: org.example.sales, artifact: orders-service }");

    assertThat(pom)
        .contains(
            "<groupId>org.example.sales</groupId>\n  <artifactId>orders-service</artifactId>");
    assertThat(pom).doesNotContain("<groupId>com.acme</groupId>");
  }

  private static String generate(Path dir, String project) throws Exception {
    Path definition = dir.resolve("dddgen.yaml");
    Files.writeString(
        definition,
        "version: 1\nproject: " + project + "\nsecurity: { default: public }\n" + AGGREGATES);
    CliRunner.Result result =
        CliRunner.run("generate", "-f", definition.toString(), "-o", dir.resolve("out").toString());
    assertThat(result.exitCode()).as(result.describe()).isZero();
    return Files.readString(dir.resolve("out/pom.xml"));
  }
}
