package dev.dddgen.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

public final class Main {
  private Main() {}

  public static void main(String[] args) {
    // The launcher's archive training: run as the tool runs (-jar, the manifest's module exports).
    if (Boolean.getBoolean("dddgen.training")) {
      Training.run(args);
      return;
    }
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
