package dev.orderlens.it.vendure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs npm and node in the test shop's folder, with its output in a log file under target/. */
final class NodeCommand {
  private final Path shopDir;
  private final Path logDir;

  NodeCommand(Path shopDir, Path logDir) {
    this.shopDir = shopDir;
    this.logDir = logDir;
  }

  Path log(String log) {
    return logDir.resolve(log + ".log");
  }

  /** Starts a command; its output goes to {@code <log>.log}. */
  Process start(String log, Map<String, String> env, String... command) throws IOException {
    Files.createDirectories(logDir);
    ProcessBuilder builder =
        new ProcessBuilder(List.of(command))
            .directory(shopDir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(logDir.resolve(log + ".log").toFile());
    builder.environment().put("VENDURE_DISABLE_TELEMETRY", "true");
    builder.environment().putAll(env);
    return builder.start();
  }

  /** Runs a command to its end and answers its output, or fails with the output's last lines. */
  String run(String log, long timeoutSeconds, Map<String, String> env, String... command)
      throws IOException, InterruptedException {
    Process process = start(log, env, command);
    boolean ended = process.waitFor(timeoutSeconds, TimeUnit.SECONDS);
    if (!ended) {
      process.destroyForcibly();
    }
    String output = Files.readString(logDir.resolve(log + ".log"));
    if (!ended || process.exitValue() != 0) {
      throw new IllegalStateException(
          String.join(" ", command) + (ended ? " failed" : " timed out") + ":\n" + tail(output));
    }
    return output;
  }

  static String tail(String output) {
    List<String> lines = output.lines().toList();
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
  }
}
