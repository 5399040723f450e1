package dev.dddgen.cli;

/** A failure the CLI reports as one message and an exit code, without a stack trace. */
public final class CliFailure extends RuntimeException {
  private final int exitCode;

  private CliFailure(int exitCode, String message, Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
  }

  public static CliFailure failure(String message) {
    return new CliFailure(ExitCodes.FAILURE, message, null);
  }

  public static CliFailure failure(String message, Throwable cause) {
    return new CliFailure(ExitCodes.FAILURE, message, cause);
  }

  public static CliFailure of(int exitCode, String message) {
    return new CliFailure(exitCode, message, null);
  }

  public int exitCode() {
    return exitCode;
  }
}
