package dev.dddgen.render;

/**
 * A rendered file that its language's formatter cannot parse, as an overriding template with a
 * mistake renders it. The stack that formats reports the file; the renderer names the template.
 */
public final class UnparsableOutputException extends Exception {
  private final String path;
  private final int line;
  private final String detail;

  /**
   * @param path the file, relative to the output folder
   * @param language what the file should have been, as users name it ("Go", "Java")
   * @param line the line of the rendered file the formatter stopped at, or 0 when it gives none
   * @param detail the formatter's own message
   */
  public UnparsableOutputException(String path, String language, int line, String detail) {
    super(
        "renders invalid "
            + language
            + ": "
            + path
            + (line > 0 ? ", line " + line : "")
            + ": "
            + detail);
    this.path = path;
    this.line = line;
    this.detail = detail;
  }

  public String path() {
    return path;
  }

  public int line() {
    return line;
  }

  public String detail() {
    return detail;
  }
}
