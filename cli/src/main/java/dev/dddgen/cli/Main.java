package dev.dddgen.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

public final class Main {
  private Main() {}

  public static void main(String[] args) {
    PrintWriter out =
        new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err =
        new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int code = Dddgen.commandLine(out, err, args.length > 0 ? args[0] : null).execute(args);
    out.flush();
    err.flush();
    System.exit(code);
  }
}
