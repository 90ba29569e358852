package dev.orderlens.it.vendure;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The shop's {@code node index.js} process: started, awaited until {@code /health} answers, and
 * stopped (its run database deleted) when the JVM exits; if the JVM is killed, node sees its stdin
 * close and exits by itself, so no orphan server keeps a port and a core busy.
 */
final class ShopServer {

  private ShopServer() {}

  static void start(NodeCommand node, Map<String, String> env, URI baseUrl, Path database)
      throws IOException, InterruptedException {
    String log = "server-" + baseUrl.getPort();
    Map<String, String> serverEnv = new HashMap<>(env);
    // The pipe to node's stdin closes when this JVM ends, however it ends: node then exits too.
    serverEnv.put("VENDURE_EXIT_WITH_STDIN", "true");
    Process server = node.start(log, serverEnv, "node", "index.js");
    Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(server, database), "stop-vendure"));
    awaitHealthy(server, baseUrl, node.log(log));
  }

  private static void awaitHealthy(Process server, URI baseUrl, Path log)
      throws IOException, InterruptedException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    HttpRequest health = HttpRequest.newBuilder(baseUrl.resolve("/health")).build();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (System.nanoTime() < deadline) {
      if (!server.isAlive()) {
        throw new IllegalStateException(
            "Vendure exited with " + server.exitValue() + ":\n" + NodeCommand.tail(read(log)));
      }
      try {
        if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(250);
    }
    stop(server);
    throw new IllegalStateException(
        "Vendure did not answer in 120 s:\n" + NodeCommand.tail(read(log)));
  }

  private static void stop(Process server, Path database) {
    stop(server);
    try {
      Files.deleteIfExists(database);
    } catch (IOException e) {
      // target/ is cleaned anyway
    }
  }

  private static void stop(Process server) {
    server.descendants().forEach(ProcessHandle::destroy);
    server.destroy();
    try {
      if (!server.waitFor(10, TimeUnit.SECONDS)) {
        server.destroyForcibly();
      }
    } catch (InterruptedException e) {
      server.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  private static String read(Path log) throws IOException {
    return Files.exists(log) ? Files.readString(log) : "";
  }
}
