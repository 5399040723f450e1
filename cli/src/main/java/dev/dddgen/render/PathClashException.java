package dev.dddgen.render;

/**
 * Two of a plan's files at one path: a name in the definition gives a file the name of another one
 * the stack writes (a Go aggregate {@code Request} and the handler package's request.go). Neither
 * may silently replace the other, so nothing is written.
 */
public final class PathClashException extends ClashException {
  private final String path;

  public PathClashException(String path, String template, String otherTemplate) {
    super(
        "two generated files would be written at "
            + path
            + " (by templates "
            + template
            + " and "
            + otherTemplate
            + "): a name in the definition makes the file name of another generated file;"
            + " rename the aggregate, entity, value object, command or query it is named after");
    this.path = path;
  }

  public String path() {
    return path;
  }
}
