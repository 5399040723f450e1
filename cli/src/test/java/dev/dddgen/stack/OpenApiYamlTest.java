package dev.dddgen.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The hand-written plain-scalar check accepts exactly what the pattern it replaced accepts. */
class OpenApiYamlTest {
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z_/$#][A-Za-z0-9_ ./{}$#()+-]*");

  @Test
  void plainScalarsAreThoseThePatternMatches() {
    List<String> samples = List.of("", "a", "Z", "_x", "/items/{id}", "$ref", "#/components/schemas/Item",
        "0abc", "-x", " x", "x y", "x:y", "x\"y", "a(b)+c-d.e", "é", "aé", "x\ny", "x\ty", "{", "x{}", "x,y",
        "x[0]", "x*", "x@y", "x'y", "x|y", "x!", "x%", "x&y", "x=y", "x?", "x~", "x`", "x\\y", "x;y", "x>y", "x<y",
        "application/json", "int64", "date-time", "^[A-Z]{3}$", "9", "true");
    for (String s : samples) {
      assertThat(OpenApiYaml.plain(s)).as(s).isEqualTo(PLAIN.matcher(s).matches());
    }
    for (char c = 0; c < 256; c++) {
      String s = "a" + c;
      assertThat(OpenApiYaml.plain(s)).as("a + U+%04X", (int) c).isEqualTo(PLAIN.matcher(s).matches());
      String t = String.valueOf(c);
      assertThat(OpenApiYaml.plain(t)).as("U+%04X", (int) c).isEqualTo(PLAIN.matcher(t).matches());
    }
  }
}
