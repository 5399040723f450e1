package dev.dddgen.cli;

/** The process exit codes, as README.md lists them for users. */
public final class ExitCodes {
  private ExitCodes() {}

  public static final int OK = 0;

  /**
   * {@code check} found stale files, or {@code generate} left merge conflicts or needs
   * confirmation.
   */
  public static final int STALE_OR_CONFLICT = 1;

  /** A usage error, reported by picocli itself. */
  public static final int USAGE = 2;

  public static final int INVALID_DEFINITION = 3;
  public static final int TEMPLATE_FAILED = 4;

  /** I/O or any other failure. */
  public static final int FAILURE = 5;
}
