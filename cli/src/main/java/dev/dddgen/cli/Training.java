package dev.dddgen.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Runs several dddgen commands in one JVM ({@code java -Ddddgen.training=true -jar dddgen.jar
 * ...}), for the launcher to train the JDK's AOT cache or class-data archive on: JDK 25 records one
 * run per cache, and a cache trained on a Go generation alone leaves a Java generation or a check
 * to load and link their classes cold. Arguments are commands separated by {@code ";"}, e.g. {@code
 * generate -f a.yaml -o out --quiet ; check -f a.yaml -o out --quiet}. Output is discarded; a
 * command that fails stops the training with its exit code in the message.
 */
public final class Training {
  private Training() {}

  static void run(String[] args) {
    PrintWriter discard = new PrintWriter(OutputStream.nullOutputStream());
    for (List<String> command : commands(args)) {
      String[] arguments = command.toArray(String[]::new);
      int code = Dddgen.commandLine(discard, discard, arguments[0]).execute(arguments);
      if (code != 0) {
        throw new IllegalStateException(
            "training run failed with exit code " + code + ": dddgen " + String.join(" ", command));
      }
    }
  }

  static List<List<String>> commands(String[] args) {
    List<List<String>> commands = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= args.length; i++) {
      if (i == args.length || args[i].equals(";")) {
        if (i > start) {
          commands.add(List.copyOf(Arrays.asList(args).subList(start, i)));
        }
        start = i + 1;
      }
    }
    return commands;
  }
}
