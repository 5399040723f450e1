package dev.dddgen.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dddgen.definition.DefinitionException;
import dev.dddgen.definition.DefinitionLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EarlyStartTest {
  @TempDir Path dir;

  private final Path shop = CliRunner.repo().resolve("examples/shop/dddgen.yaml");

  @Test
  void theDefinitionNamedByFileIsReadOnceAndHandedToTheCommand() throws Exception {
    EarlyStart early = EarlyStart.of(new String[] {"generate", "-f", shop.toString(), "--quiet"});

    DefinitionLoader.Checked checked = early.check(shop);

    // The same instance each time: read by the early thread, not again by the command.
    assertThat(early.check(shop)).isSameAs(checked);
    assertThat(checked.model()).isEqualTo(DefinitionLoader.load(shop, shop.toString()));
    assertThat(early.renderer(shop)).isPresent();
  }

  @Test
  void theLastSpellingOfTheOptionWinsAsInPicocli() throws Exception {
    Path other = copyOfShop("other.yaml");
    EarlyStart early =
        EarlyStart.of(
            new String[] {"validate", "-f", other.toString(), "--file=" + shop, "--verbose"});

    assertThat(early.check(shop)).isSameAs(early.check(shop));
    assertThat(early.check(other)).isNotSameAs(early.check(other));
    // validate renders nothing: no templates are compiled for it.
    assertThat(early.renderer(shop)).isEmpty();
  }

  @Test
  void aCommandReadingAnotherFileReadsItItself() throws Exception {
    Path other = copyOfShop("other.yaml");
    EarlyStart early = EarlyStart.of(new String[] {"check", "--file", shop.toString()});

    DefinitionLoader.Checked checked = early.check(other);

    assertThat(early.check(other)).isNotSameAs(checked);
    assertThat(checked.model()).isEqualTo(DefinitionLoader.load(other, other.toString()));
    assertThat(early.renderer(other)).isEmpty();
  }

  @Test
  void anInvalidDefinitionFailsAsTheCommandsOwnReadingWould() throws Exception {
    Path invalid = dir.resolve("invalid.yaml");
    Files.writeString(invalid, "project:\n  name: 1shop\n");
    EarlyStart early = EarlyStart.of(new String[] {"validate", "-f", invalid.toString()});

    String direct =
        org.assertj.core.api.Assertions.catchThrowableOfType(
                DefinitionException.class,
                () -> DefinitionLoader.check(invalid, invalid.toString()))
            .getMessage();
    assertThatThrownBy(() -> early.check(invalid))
        .isInstanceOf(DefinitionException.class)
        .hasMessage(direct);
  }

  @Test
  void nothingStartsForOtherCommandsOrWithoutARegularFile() throws Exception {
    assertThat(EarlyStart.of(new String[] {"diagram", "-f", shop.toString()}))
        .isSameAs(EarlyStart.NONE);
    assertThat(EarlyStart.of(new String[] {"generate", "-f", dir.toString()}))
        .isSameAs(EarlyStart.NONE);
    assertThat(EarlyStart.of(new String[] {"generate", "-f"})).isSameAs(EarlyStart.NONE);
    assertThat(EarlyStart.of(new String[0])).isSameAs(EarlyStart.NONE);
    assertThat(EarlyStart.NONE.check(shop)).isNotSameAs(EarlyStart.NONE.check(shop));
  }

  private Path copyOfShop(String name) throws Exception {
    Path copy = dir.resolve(name);
    Files.copy(shop, copy);
    return copy;
  }
}
