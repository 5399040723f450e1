package dev.dddgen.target.go;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class GoFinishTest {

  @Test
  void alignPadsEachColumnOfConsecutiveMarkedLinesLikeGofmt() {
    String text = "type T struct {\n\tid¦ uuid.UUID¦ `json:\"id\"`\n\tcustomerID¦ *string¦ `json:\"customerId\"`\n}\n";

    assertThat(GoAlign.align(text)).isEqualTo(
        "type T struct {\n\tid         uuid.UUID `json:\"id\"`\n\tcustomerID *string   `json:\"customerId\"`\n}\n");
  }

  @Test
  void aLineWithoutMarkerEndsTheBlock() {
    String text = "\ta¦ int\n\t// comment\n\tlonger¦ int\n";

    assertThat(GoAlign.align(text)).isEqualTo("\ta int\n\t// comment\n\tlonger int\n");
  }

  @Test
  void importsAreThoseTheCodeUsesSortedByPathInTwoGroups() {
    GoImports imports = new GoImports("github.com/acme/shop", Map.of("order", "order", "contextdomain", "context"));
    String file = "package handler\n\n//dddgen:imports\nfunc f() {\n\t// fmt.Println in a comment does not count\n"
        + "\t_ = \"strings.ToUpper in a string neither\"\n\tx := order.New(uuid.New(), time.Now())\n"
        + "\t_ = contextdomain.X\n\t_ = x.time.Y\n}\n";

    assertThat(imports.resolve(file)).isEqualTo("package handler\n\nimport (\n\t\"time\"\n\n"
        + "\tcontextdomain \"github.com/acme/shop/internal/domain/context\"\n"
        + "\t\"github.com/acme/shop/internal/domain/order\"\n"
        + "\t\"github.com/google/uuid\"\n)\n\n" + file.substring(file.indexOf("func f")));
  }

  @Test
  void oneImportIsASingleLineAndNoneRemovesTheMarker() {
    GoImports imports = new GoImports("m", Map.of());

    assertThat(imports.resolve("package a\n\n//dddgen:imports\nvar x = fmt.Sprint()\n"))
        .isEqualTo("package a\n\nimport \"fmt\"\n\nvar x = fmt.Sprint()\n");
    assertThat(imports.resolve("package a\n\n//dddgen:imports\nvar x = 1\n")).isEqualTo("package a\n\nvar x = 1\n");
  }

  @Test
  void aFileDoesNotImportItsOwnPackage() {
    GoImports imports = new GoImports("m", Map.of("order", "order"));

    assertThat(imports.resolve("package order\n\n//dddgen:imports\nvar x = order.Y\n"))
        .isEqualTo("package order\n\nvar x = order.Y\n");
  }
}
