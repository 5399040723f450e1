package dev.dddgen.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.dddgen.definition.DefinitionException;
import dev.dddgen.definition.DefinitionLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DefinitionPrefetchTest {
  @TempDir Path dir;

  private final Path shop = CliRunner.repo().resolve("examples/shop/dddgen.yaml");

  @Test
  void theFileNamedByFileIsReadAheadAndHandedToTheCommandOnce() throws Exception {
    DefinitionPrefetch prefetch =
        DefinitionPrefetch.start("generate", "-f", shop.toString(), "--quiet");

    DefinitionLoader.Checked checked = prefetch.check(shop);

    assertThat(checked.model()).isEqualTo(DefinitionLoader.load(shop, shop.toString()));
    // Asked for again (a command that loads twice), the file is read again.
    assertThat(prefetch.check(shop)).isNotSameAs(checked);
  }

  @Test
  void whatWasReadIsWhatTheBytesSaidWhenItWasRead() throws Exception {
    Path file = copyOfShop("dddgen.yaml");
    DefinitionPrefetch prefetch = DefinitionPrefetch.start("validate", "--file=" + file);
    DefinitionLoader.Checked checked = prefetch.check(file);

    Files.writeString(file, "project:\n  name: 1shop\n");

    assertThat(checked.source()).isEqualTo(Files.readString(shop));
  }

  @Test
  void aCommandAskingForAnotherFileReadsItItself() throws Exception {
    Path other = copyOfShop("other.yaml");
    DefinitionPrefetch prefetch = DefinitionPrefetch.start("check", "--file", shop.toString());

    DefinitionLoader.Checked checked = prefetch.check(other);

    assertThat(checked.model()).isEqualTo(DefinitionLoader.load(other, other.toString()));
    assertThat(prefetch.check(shop).model()).isEqualTo(checked.model());
  }

  @Test
  void anInvalidDefinitionFailsAsTheCommandsOwnReadingWould() throws Exception {
    Path invalid = dir.resolve("invalid.yaml");
    Files.writeString(invalid, "project:\n  name: 1shop\n");
    DefinitionPrefetch prefetch = DefinitionPrefetch.start("validate", "-f", invalid.toString());

    DefinitionException direct =
        catchThrowableOfType(
            DefinitionException.class, () -> DefinitionLoader.check(invalid, invalid.toString()));
    DefinitionException early =
        catchThrowableOfType(DefinitionException.class, () -> prefetch.check(invalid));

    assertThat(early).hasMessage(direct.getMessage());
    assertThat(early.problems()).isEqualTo(direct.problems());
  }

  @Test
  void nothingIsReadAheadForHelpOtherCommandsOrWithoutARegularFile() {
    for (String[] args :
        new String[][] {
          {},
          {"init", "-f", shop.toString()},
          {"add", "-f", shop.toString()},
          {"generate", "-f", shop.toString(), "--help"},
          {"generate", "-f", shop.toString(), "-qh"},
          {"validate", "-h", "-f", shop.toString()},
          {"generate", "-f", dir.toString()},
          {"generate", "-f", dir.resolve("missing.yaml").toString()},
          {"generate", "-f"},
        }) {
      assertThat(DefinitionPrefetch.start(args))
          .as(String.join(" ", args))
          .isSameAs(DefinitionPrefetch.NONE);
    }
  }

  private Path copyOfShop(String name) throws Exception {
    Path copy = dir.resolve(name);
    Files.copy(shop, copy);
    return copy;
  }
}
