package dev.dddgen.stack.java;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dddgen.cli.CliRunner;
import dev.dddgen.cli.ExitCodes;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated SecurityTest has no parameterized test without arguments (JUnit fails such a test):
 * a service where every route needs only a token, no role, has no role-refusal test. The definition
 * fuzzer found this shape (seed 8206800805108068488).
 */
class JavaSecurityTestShapesTest {
  private static final String TOKEN_ONLY =
      """
      version: 1
      project: { name: vault, module: com.example.vault, target: java }
      security:
        jwt:
          issuer: https://id.example.com/
          audience: vault-api
          jwks: https://id.example.com/.well-known/jwks.json
        default: authenticated
      aggregates:
        Safe:
          fields: { label: string }
      """;

  @Test
  void aServiceWithoutRolesHasNoRoleRefusalTest(@TempDir Path dir) throws Exception {
    Path definition = dir.resolve("dddgen.yaml");
    Files.writeString(definition, TOKEN_ONLY);
    CliRunner.Result result = CliRunner.run("generate", "-q", "--yes", "-f", definition.toString());
    assertThat(result.exitCode()).as(result.describe()).isEqualTo(ExitCodes.OK);

    String securityTest =
        Files.readString(
            dir.resolve(
                "backend/src/test/java/com/example/vault/interfaces/http/SecurityTest.java"));
    assertThat(securityTest)
        .doesNotContain("roleRoutes")
        .doesNotContain("aTokenWithoutTheRoleIsForbidden")
        .contains("withoutATokenTheRouteIsRefused");
  }
}
