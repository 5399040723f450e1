package dev.dddgen.stack.go;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dddgen.cli.CliRunner;
import dev.dddgen.cli.ExitCodes;
import dev.dddgen.render.GeneratedFile;
import dev.dddgen.render.MissingToolException;
import dev.dddgen.render.UnparsableOutputException;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoFinishTest {

  private static final Map<String, String> ENV = System.getenv();

  private static List<GeneratedFile> format(GeneratedFile... files)
      throws UnparsableOutputException {
    return GoFormat.format(List.of(files), ENV);
  }

  @Test
  void gofmtAlignsAndBreaksLongBodiesAndOnlyGoFilesAreTouched() throws Exception {
    String go =
        """
        package a

        type T struct {
        	id uuid.UUID `json:"id"`
        	customerID *string `json:"customerId"`
        }

        func outer(values []int) error { return apply(values, func(value int) error { return check(value, "a rather long message that makes the line long and longer still") }) }

        func short() int { return 1 }
        """;
    String notGo = "a  b\n\tc\n";

    List<GeneratedFile> out =
        format(
            new GeneratedFile("a/a.go", go, false), new GeneratedFile("a/README.md", notGo, true));

    assertThat(out).extracting(GeneratedFile::path).containsExactly("a/a.go", "a/README.md");
    assertThat(out.get(0).content())
        .isEqualTo(
            """
        package a

        type T struct {
        	id         uuid.UUID `json:"id"`
        	customerID *string   `json:"customerId"`
        }

        func outer(values []int) error {
        	return apply(values, func(value int) error {
        		return check(value, "a rather long message that makes the line long and longer still")
        	})
        }

        func short() int { return 1 }
        """);
    assertThat(out.get(0).editable()).isFalse();
    assertThat(out.get(1)).isEqualTo(new GeneratedFile("a/README.md", notGo, true));
  }

  @Test
  void aFileGofmtCannotParseIsReportedWithItsLineTheFirstInPathOrder() {
    GeneratedFile fine = new GeneratedFile("a/fine.go", "package a\n", false);
    GeneratedFile broken = new GeneratedFile("b/broken.go", "package b\n\nfunc f( {\n}\n", false);
    GeneratedFile later = new GeneratedFile("c/later.go", "package c\nvar = 1\n", false);

    for (int run = 0; run < 3; run++) {
      assertThatThrownBy(() -> format(later, fine, broken))
          .isInstanceOf(UnparsableOutputException.class)
          .hasMessageStartingWith("renders invalid Go: b/broken.go, line 3: ")
          .satisfies(e -> assertThat(((UnparsableOutputException) e).line()).isEqualTo(3));
    }
  }

  @Test
  void aLargeBatchSharesTheCoresWithTheOtherBatchAndTheRendererAndTheUsersOwnSettingsAreKept() {
    Map<String, String> small = new java.util.HashMap<>();
    GoFormat.tune(small, GoFormat.SHARED_BATCH_CHARS - 1, 8);
    assertThat(small).isEqualTo(Map.of("GOGC", "400"));

    Map<String, String> large = new java.util.HashMap<>();
    GoFormat.tune(large, GoFormat.SHARED_BATCH_CHARS, 8);
    assertThat(large).isEqualTo(Map.of("GOGC", "400", "GOMAXPROCS", "4"));
    Map<String, String> oneCore = new java.util.HashMap<>();
    GoFormat.tune(oneCore, GoFormat.SHARED_BATCH_CHARS, 1);
    assertThat(oneCore).containsEntry("GOMAXPROCS", "1");

    Map<String, String> users = new java.util.HashMap<>(Map.of("GOGC", "100", "GOMAXPROCS", "8"));
    GoFormat.tune(users, GoFormat.SHARED_BATCH_CHARS, 2);
    assertThat(users).isEqualTo(Map.of("GOGC", "100", "GOMAXPROCS", "8"));
  }

  @Test
  void gofmtIsTheOneInGofmtElseOnThePathElseMissingWithWhatToInstall(@TempDir Path dir)
      throws IOException {
    Path gofmt = GoFormat.locate(ENV);
    assertThat(gofmt.getFileName().toString()).startsWith("gofmt");

    assertThat(GoFormat.locate(Map.of("GOFMT", gofmt.toString(), "PATH", ""))).isEqualTo(gofmt);
    assertThat(GoFormat.locate(Map.of("PATH", dir + File.pathSeparator + gofmt.getParent())))
        .isEqualTo(gofmt);
    Path fake = Files.writeString(dir.resolve("gofmt"), "#!/bin/sh\n");
    fake.toFile().setExecutable(true);
    assertThat(GoFormat.locate(Map.of("PATH", dir.toString()))).isEqualTo(fake);

    assertThatThrownBy(() -> GoFormat.locate(Map.of("GOFMT", dir.resolve("none").toString())))
        .isInstanceOf(MissingToolException.class)
        .hasMessageContaining("GOFMT is set to '" + dir.resolve("none") + "'");
    assertThatThrownBy(() -> GoFormat.locate(Map.of("PATH", "")))
        .isInstanceOf(MissingToolException.class)
        .hasMessageContaining("install Go");
  }

  @Test
  void withoutGofmtGeneratingGoExitsWith5SayingWhatToInstallAndWritesNothing(@TempDir Path dir)
      throws Exception {
    Path definition = dir.resolve("dddgen.yaml");
    Files.copy(CliRunner.repo().resolve("examples/library/dddgen.yaml"), definition);
    // A separate JVM, for an environment without GOFMT and with nothing on the PATH.
    ProcessBuilder dddgen =
        new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp",
            System.getProperty("java.class.path"),
            "dev.dddgen.cli.Main",
            "generate",
            "-q",
            "-f",
            definition.toString(),
            "-o",
            dir.resolve("out").toString());
    dddgen.environment().remove("GOFMT");
    dddgen.environment().put("PATH", "");
    dddgen.redirectErrorStream(true);
    Process process = dddgen.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(process.waitFor()).as(output).isEqualTo(ExitCodes.FAILURE);
    assertThat(output)
        .contains("error: generating Go needs gofmt")
        .contains("install Go")
        .contains("nothing was written.");
    assertThat(dir.resolve("out")).doesNotExist();
    assertThat(dir.resolve(".dddgen")).doesNotExist();
  }

  @Test
  void importsAreThoseTheCodeUsesInTwoGroupsWhichGofmtSorts() throws Exception {
    GoImports imports =
        new GoImports("github.com/acme/shop", Map.of("order", "order", "contextdomain", "context"));
    String file =
        "package handler\n\n//dddgen:imports\nfunc f() {\n\t// fmt.Println in a comment does not count\n"
            + "\t_ = \"strings.ToUpper in a string neither\"\n\tx := order.New(uuid.New(), time.Now())\n"
            + "\t_ = contextdomain.X\n\t_ = x.time.Y\n}\n";

    String resolved = imports.resolve(file);
    assertThat(resolved)
        .isEqualTo(
            "package handler\n\nimport (\n\t\"time\"\n\n"
                + "\t\"github.com/acme/shop/internal/domain/order\"\n"
                + "\t\"github.com/google/uuid\"\n"
                + "\tcontextdomain \"github.com/acme/shop/internal/domain/context\"\n)\n\n"
                + file.substring(file.indexOf("func f")));
    assertThat(format(new GeneratedFile("h.go", resolved, false)).get(0).content())
        .contains(
            "import (\n\t\"time\"\n\n"
                + "\tcontextdomain \"github.com/acme/shop/internal/domain/context\"\n"
                + "\t\"github.com/acme/shop/internal/domain/order\"\n"
                + "\t\"github.com/google/uuid\"\n)\n");
  }

  @Test
  void oneImportIsASingleLineAndNoneRemovesTheMarker() {
    GoImports imports = new GoImports("m", Map.of());

    assertThat(imports.resolve("package a\n\n//dddgen:imports\nvar x = fmt.Sprint()\n"))
        .isEqualTo("package a\n\nimport \"fmt\"\n\nvar x = fmt.Sprint()\n");
    assertThat(imports.resolve("package a\n\n//dddgen:imports\nvar x = 1\n"))
        .isEqualTo("package a\n\nvar x = 1\n");
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

    assertThat(
            imports.resolve("package router\n\n//dddgen:imports\nvar x routerdomain.Repository\n"))
        .isEqualTo(
            "package router\n\nimport routerdomain \"m/internal/domain/router\"\n\nvar x routerdomain.Repository\n");
  }

  @Test
  void identifiersAndLocalsAreReadWholeWhateverTheirCharacters() {
    GoImports imports = new GoImports("m", Map.of());

    // Beyond Latin-1 (a surrogate pair in a comment too): жfmt is an identifier, not fmt.
    assertThat(
            imports.resolve(
                "package a\n\n//dddgen:imports\n// \uD83D\uDE00\nvar жfmt = 1\nvar x = жfmt.Sprint()\nvar y = strings.ToUpper(\"ж\")\n"))
        .isEqualTo(
            "package a\n\nimport \"strings\"\n\n// \uD83D\uDE00\nvar жfmt = 1\nvar x = жfmt.Sprint()\nvar y = strings.ToUpper(\"ж\")\n");
    // The local declared is жfmt, which does not hide package fmt.
    assertThat(
            imports.resolve(
                "package a\n\n//dddgen:imports\nfunc f() {\n\tжfmt := 1\n\t_ = fmt.Sprint(жfmt)\n}\n"))
        .isEqualTo(
            "package a\n\nimport \"fmt\"\n\nfunc f() {\n\tжfmt := 1\n\t_ = fmt.Sprint(жfmt)\n}\n");
    // A selector beyond Latin-1 still selects from its package.
    assertThat(imports.resolve("package a\n\n//dddgen:imports\nvar y = fmt.жX\n"))
        .isEqualTo("package a\n\nimport \"fmt\"\n\nvar y = fmt.жX\n");
    // Latin-1 letters, and a real question mark.
    assertThat(
            imports.resolve(
                "package a\n\n//dddgen:imports\nvar éfmt = 1\nvar x = éfmt.Sprint() // why?\nvar y = strings.ToUpper(\"¦\")\n"))
        .isEqualTo(
            "package a\n\nimport \"strings\"\n\nvar éfmt = 1\nvar x = éfmt.Sprint() // why?\nvar y = strings.ToUpper(\"¦\")\n");
  }

  @Test
  void aLocalOfAPackagesNameHidesThePackage() {
    GoImports imports = new GoImports("m", Map.of());

    assertThat(
            imports.resolve(
                "package a\n\n//dddgen:imports\nfunc f() {\n\tx, strings := 1, 2\n\t_ = strings.X + fmt.Sprint(x)\n}\n"))
        .isEqualTo(
            "package a\n\nimport \"fmt\"\n\nfunc f() {\n\tx, strings := 1, 2\n\t_ = strings.X + fmt.Sprint(x)\n}\n");
  }

  @Test
  void aLocalHidesThePackageWhereverInTheFileItIsDeclared() {
    GoImports imports = new GoImports("m", Map.of());
    // After its use, and (as every := of the file counts) in a comment or a raw string.
    String file =
        "package a\n\n//dddgen:imports\nvar x = strings.X + fmt.Sprint() + time.Now() + errors.New(\"\")\n"
            + "func f() {\n\tstrings := 1\n}\n// time := later\nvar s = `fmt := 1`\n";

    assertThat(imports.resolve(file))
        .isEqualTo("package a\n\nimport \"errors\"\n\n" + file.substring(file.indexOf("var x")));
    assertThat(
            imports.resolve(
                "package a\n\n//dddgen:imports\nfunc f() {\n\tж, strings := 1, 2\n\t_ = strings.X\n}\n"))
        .isEqualTo("package a\n\nfunc f() {\n\tж, strings := 1, 2\n\t_ = strings.X\n}\n");
  }

  @Test
  void everyLocalTheBuiltInTemplatesDeclareIsKnownSoNoAggregatePackageIsHiddenByIt()
      throws IOException {
    Path templates = Path.of(System.getProperty("dddgen.repo", "..")).resolve("templates/go");
    Set<String> declared = new TreeSet<>();
    try (Stream<Path> files = Files.walk(templates)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".mustache")).toList()) {
        declared.addAll(declaredNames(Files.readString(file)));
      }
    }

    // An aggregate's package name is all lower case: only such a local can hide one.
    declared.removeIf(name -> !name.equals(name.toLowerCase(Locale.ROOT)));
    assertThat(declared).contains("ctx", "limit", "outer", "root");
    assertThat(GoProject.TEMPLATE_LOCALS).containsAll(declared);
  }

  @Test
  void theDeclaredNamesAreShortVariablesVarsConstsParametersReceiversAndResults() {
    String go =
        """
        package a

        var pkgLevel = 1

        const (
        	first  = 1
        	second = 2
        )

        func ({{aggregate.receiver}} *{{aggregate.name}}) Method(ctx context.Context, a, b int) (n int, err error) {
        	var counter int
        	var (
        		left  int
        		right = 2
        	)
        	x, y := 1, 2
        	apply(func(limit int, _ string) error { return nil })
        	change(func({{#changes}}outer {{/changes}}*{{ref}}.{{name}}) error { return nil })
        	each(func(int) {})
        	{{#params}}{{local}} := {{value}}{{/params}}
        	return 0, nil
        }

        func (h Handler) Serve(w http.ResponseWriter, fn func(context.Context) error) {}

        func check[A any](tb testing.TB, made A) {}
        """;

    assertThat(declaredNames(go))
        .containsExactlyInAnyOrder(
            "pkgLevel",
            "first",
            "second",
            "ctx",
            "a",
            "b",
            "n",
            "err",
            "counter",
            "left",
            "right",
            "x",
            "y",
            "tb",
            "made",
            "limit",
            "outer",
            "h",
            "w",
            "fn");
  }

  private static final Pattern SHORT_DECLARATION =
      Pattern.compile("\\b([a-zA-Z][A-Za-z0-9_]*(?:\\s*,\\s*[a-zA-Z][A-Za-z0-9_]*)*)\\s*:=");
  private static final Pattern VAR_OR_CONST =
      Pattern.compile(
          "\\b(?:var|const)\\s+([a-zA-Z][A-Za-z0-9_]*(?:\\s*,\\s*[a-zA-Z][A-Za-z0-9_]*)*)");
  private static final Pattern BLOCK_START = Pattern.compile("^\\s*(?:var|const)\\s*\\($");
  // A name, not the start of one composed with a Mustache tag ("insert{{name}}SQL").
  private static final Pattern BLOCK_LINE =
      Pattern.compile("^\\s*([a-zA-Z][A-Za-z0-9_]*)(?=[\\s,=]|$)");

  /** A function's receiver, its parameters and its named results, each a parenthesised list. */
  private static final String FUNCTION_NAME = "(?:[A-Za-z0-9_]|\\{\\{[^}]*}})+";

  private static final Pattern SIGNATURE =
      Pattern.compile(
          "\\bfunc[ \\t]*(?:\\(([^()]*)\\)[ \\t]*"
              + FUNCTION_NAME
              + ")?(?:[ \\t]*"
              + FUNCTION_NAME
              + "(?:\\[[^\\]]*])?)?[ \\t]*\\(((?:[^()]|\\([^()]*\\))*)\\)[ \\t]*(?:\\(((?:[^()]|\\([^()]*\\))*)\\))?");

  /**
   * The names a Go template declares in a file's scopes, any of which would hide a package of that
   * name: short variable declarations, vars and consts (one or a block), and the receivers,
   * parameters and named results of functions and function literals. Mustache tags are no names;
   * what a section holds counts as if it were rendered.
   */
  static Set<String> declaredNames(String source) {
    // Section tags render no text: "func({{#changes}}outer {{/changes}}*T)" declares outer.
    String template = source.replaceAll("\\{\\{[#^/][^}]*}}", "");
    Set<String> names = new TreeSet<>();
    Matcher m = SHORT_DECLARATION.matcher(template);
    while (m.find()) {
      names.addAll(List.of(m.group(1).split("\\s*,\\s*")));
    }
    m = VAR_OR_CONST.matcher(template);
    while (m.find()) {
      names.addAll(List.of(m.group(1).split("\\s*,\\s*")));
    }
    boolean inBlock = false;
    for (String line : template.lines().toList()) {
      if (inBlock && line.strip().equals(")")) {
        inBlock = false;
      } else if (inBlock) {
        Matcher name = BLOCK_LINE.matcher(line);
        if (name.find()) {
          names.add(name.group(1));
        }
      } else {
        inBlock = BLOCK_START.matcher(line).find();
      }
    }
    m = SIGNATURE.matcher(template);
    while (m.find()) {
      for (int group = 1; group <= 3; group++) {
        if (m.group(group) != null) {
          names.addAll(parameterNames(m.group(group)));
        }
      }
    }
    return names;
  }

  /**
   * The names of a parameter list: none when no part has a name and a type ({@code int, string}),
   * else the first word of each part ({@code a, b int}); a word that is a Mustache tag is none.
   */
  private static List<String> parameterNames(String list) {
    List<String[]> parts = new java.util.ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i <= list.length(); i++) {
      char c = i < list.length() ? list.charAt(i) : ',';
      if (c == '(' || c == '[' || c == '{') {
        depth++;
      } else if (c == ')' || c == ']' || c == '}') {
        depth--;
      } else if (c == ',' && depth == 0) {
        String part = list.substring(start, i).strip();
        if (!part.isEmpty()) {
          parts.add(part.split("\\s+", 2));
        }
        start = i + 1;
      }
    }
    boolean named = parts.stream().anyMatch(words -> words.length == 2);
    return named
        ? parts.stream()
            .map(words -> words[0])
            .filter(word -> word.matches("[a-zA-Z][A-Za-z0-9_]*"))
            .toList()
        : List.of();
  }
}
