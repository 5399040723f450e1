package dev.dddgen.stack.go;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class GoFinishTest {

  @Test
  void alignPadsEachColumnOfConsecutiveMarkedLinesLikeGofmt() {
    String text = "type T struct {\n\tid¦ uuid.UUID¦ `json:\"id\"`\n\tcustomerID¦ *string¦ `json:\"customerId\"`\n}\n";

    assertThat(GoAlign.align(text)).isEqualTo(
        "type T struct {\n\tid         uuid.UUID `json:\"id\"`\n\tcustomerID *string   `json:\"customerId\"`\n}\n");
  }

  @Test
  void longOneLineFunctionBodiesBreakAsGofmtBreaksThemNestedLiteralsIncludedShortOnesStay() {
    // gofmt's output for this input, checked with Go 1.26.
    String text = """
        func outer(values []int) error { return apply(values, func(value int) error { return check(value, "a rather long message that makes the line long and longer still") }) }

        func short() int { return 1 }

        var s = "func f() { not code }"
        """;

    assertThat(GoAlign.align(text)).isEqualTo("""
        func outer(values []int) error {
        	return apply(values, func(value int) error {
        		return check(value, "a rather long message that makes the line long and longer still")
        	})
        }

        func short() int { return 1 }

        var s = "func f() { not code }"
        """);
  }

  @Test
  void aLineWithoutMarkerEndsTheBlock() {
    String text = "\ta¦ int\n\t// comment\n\tlonger¦ int\n";

    assertThat(GoAlign.align(text)).isEqualTo("\ta int\n\t// comment\n\tlonger int\n");
    assertThat(GoAlign.align("x\n\ta¦ int\n\tlonger¦ int")).isEqualTo("x\n\ta      int\n\tlonger int");
    assertThat(GoAlign.align("\ta¦ int\n\n\tb¦ int¦ // c\n\tlonger¦ int\n")).isEqualTo("\ta int\n\n\tb      int // c\n\tlonger int\n");
  }

  @Test
  void cellsAreAsWideAsTheirCodePointsWhateverTheCharacters() {
    String text = "\tж¦ int\n\t\uD83D\uDE00x¦ int¦ // c\n\té¦ string\n";

    assertThat(GoAlign.align(text)).isEqualTo("\tж  int\n\t\uD83D\uDE00x int // c\n\té  string\n");
  }

  @Test
  void aLongKeyBreaksTheAlignmentOfKeyedElementsIntoSections() {
    String longKey = "b".repeat(45);
    String text = "\ta:¦ 1,\n\tbb:¦ 2,\n\t" + longKey + ":¦ 3,\n\t  c: ¦ 4,\n";

    assertThat(GoAlign.align(text)).isEqualTo("\ta:  1,\n\tbb: 2,\n\t" + longKey + ": 3,\n\t  c:  4,\n");
  }

  @Test
  void functionBodiesAreFoundInCodeOnlyWhateverCharactersPrecedeThem() {
    String function = "func outer(values []int) error { return check(values, \"a rather long message that makes the line long and longer still\") }";
    String broken = "func outer(values []int) error {\n\treturn check(values, \"a rather long message that makes the line long and longer still\")\n}";

    // A character beyond Latin-1 (here a surrogate pair) before the function.
    assertThat(GoAlign.align("// \uD83D\uDE00 ж\n" + function + "\n")).isEqualTo("// \uD83D\uDE00 ж\n" + broken + "\n");
    // Not the keyword: a letter beyond Latin-1 makes it part of an identifier.
    assertThat(GoAlign.align("var xж" + function + "\n")).isEqualTo("var xж" + function + "\n");
    // In a comment or a string, however long.
    String quoted = "// " + function + "\nvar s = \"" + function.replace('"', '\'') + "\"\n";
    assertThat(GoAlign.align(quoted)).isEqualTo(quoted);
    // A long header whose body is on the next lines.
    String header = "func (repo *PostgresOrderRepository) Update(ctx context.Context, id uuid.UUID, update func(o *order.Order) error) (*order.Order, error) {\n\treturn nil, nil\n}\n";
    assertThat(GoAlign.align(header)).isEqualTo(header);
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

  @Test
  void anAliasedPackageWhoseNameEndsLikeTheFilesPackageIsStillImported() {
    GoImports imports = new GoImports("m", Map.of("routerdomain", "router"));

    assertThat(imports.resolve("package router\n\n//dddgen:imports\nvar x routerdomain.Repository\n"))
        .isEqualTo("package router\n\nimport routerdomain \"m/internal/domain/router\"\n\nvar x routerdomain.Repository\n");
  }

  @Test
  void identifiersAndLocalsAreReadWholeWhateverTheirCharacters() {
    GoImports imports = new GoImports("m", Map.of());

    // Beyond Latin-1 (a surrogate pair in a comment too): жfmt is an identifier, not fmt.
    assertThat(imports.resolve("package a\n\n//dddgen:imports\n// \uD83D\uDE00\nvar жfmt = 1\nvar x = жfmt.Sprint()\nvar y = strings.ToUpper(\"ж\")\n"))
        .isEqualTo("package a\n\nimport \"strings\"\n\n// \uD83D\uDE00\nvar жfmt = 1\nvar x = жfmt.Sprint()\nvar y = strings.ToUpper(\"ж\")\n");
    // The local declared is жfmt, which does not hide package fmt.
    assertThat(imports.resolve("package a\n\n//dddgen:imports\nfunc f() {\n\tжfmt := 1\n\t_ = fmt.Sprint(жfmt)\n}\n"))
        .isEqualTo("package a\n\nimport \"fmt\"\n\nfunc f() {\n\tжfmt := 1\n\t_ = fmt.Sprint(жfmt)\n}\n");
    // A selector beyond Latin-1 still selects from its package.
    assertThat(imports.resolve("package a\n\n//dddgen:imports\nvar y = fmt.жX\n"))
        .isEqualTo("package a\n\nimport \"fmt\"\n\nvar y = fmt.жX\n");
    // Latin-1 letters, and a real question mark.
    assertThat(imports.resolve("package a\n\n//dddgen:imports\nvar éfmt = 1\nvar x = éfmt.Sprint() // why?\nvar y = strings.ToUpper(\"¦\")\n"))
        .isEqualTo("package a\n\nimport \"strings\"\n\nvar éfmt = 1\nvar x = éfmt.Sprint() // why?\nvar y = strings.ToUpper(\"¦\")\n");
  }

  @Test
  void aLocalOfAPackagesNameHidesThePackage() {
    GoImports imports = new GoImports("m", Map.of());

    assertThat(imports.resolve("package a\n\n//dddgen:imports\nfunc f() {\n\tx, strings := 1, 2\n\t_ = strings.X + fmt.Sprint(x)\n}\n"))
        .isEqualTo("package a\n\nimport \"fmt\"\n\nfunc f() {\n\tx, strings := 1, 2\n\t_ = strings.X + fmt.Sprint(x)\n}\n");
  }

  @Test
  void aLocalHidesThePackageWhereverInTheFileItIsDeclared() {
    GoImports imports = new GoImports("m", Map.of());
    // After its use, and (as every := of the file counts) in a comment or a raw string.
    String file = "package a\n\n//dddgen:imports\nvar x = strings.X + fmt.Sprint() + time.Now() + errors.New(\"\")\n"
        + "func f() {\n\tstrings := 1\n}\n// time := later\nvar s = `fmt := 1`\n";

    assertThat(imports.resolve(file)).isEqualTo("package a\n\nimport \"errors\"\n\n" + file.substring(file.indexOf("var x")));
    assertThat(imports.resolve("package a\n\n//dddgen:imports\nfunc f() {\n\tж, strings := 1, 2\n\t_ = strings.X\n}\n"))
        .isEqualTo("package a\n\nfunc f() {\n\tж, strings := 1, 2\n\t_ = strings.X\n}\n");
  }

  @Test
  void everyLocalTheBuiltInTemplatesDeclareIsKnownSoNoAggregatePackageIsHiddenByIt() throws IOException {
    Path templates = Path.of(System.getProperty("dddgen.repo", "..")).resolve("templates/go");
    Pattern declaration = Pattern.compile("\\b([a-z][A-Za-z0-9_]*(?:\\s*,\\s*[a-z][A-Za-z0-9_]*)*)\\s*:=");
    Set<String> declared = new TreeSet<>();
    try (Stream<Path> files = Files.walk(templates)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".mustache")).toList()) {
        Matcher m = declaration.matcher(Files.readString(file));
        while (m.find()) {
          for (String name : m.group(1).split("\\s*,\\s*")) {
            if (name.equals(name.toLowerCase(Locale.ROOT))) {
              declared.add(name);
            }
          }
        }
      }
    }

    assertThat(declared).isNotEmpty();
    assertThat(GoProject.TEMPLATE_LOCALS).containsAll(declared);
  }
}
