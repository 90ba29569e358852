package dev.orderlens.platform.rest;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

/**
 * The one way Orderlens builds a MicroProfile REST client to a shop, a tracking provider or a
 * helpdesk: connect and read timeouts by the kind of remote, from configuration ({@code
 * rest.<kind>.connect-timeout-ms}, {@code rest.<kind>.read-timeout-ms}; defaults in {@code
 * microprofile-config.properties}). These timeouts bound each attempt; the retry and
 * circuit-breaker figures are MicroProfile Fault Tolerance settings, configured there too. There is
 * no {@code @Timeout} on the calls: on a synchronous method it cannot stop a blocking read and
 * leaves the calling thread interrupted.
 */
public final class RestClients {

  /** The kinds of remote, each with its own timeouts. */
  public enum Kind {
    /** A shop's API: the helpdesk waits 10 s for the whole enrichment. */
    SHOP("shop", Duration.ofSeconds(1), Duration.ofSeconds(2)),
    /** A tracking provider, on the same budget as a shop. */
    TRACKING("tracking", Duration.ofSeconds(1), Duration.ofSeconds(2)),
    /** A helpdesk's write-back API, called by a queue worker that retries later. */
    HELPDESK("helpdesk", Duration.ofSeconds(3), Duration.ofSeconds(10));

    private final String key;
    private final Duration connect;
    private final Duration read;

    Kind(String key, Duration connect, Duration read) {
      this.key = key;
      this.connect = connect;
      this.read = read;
    }

    public Duration connectTimeout() {
      return configured("connect-timeout-ms", connect);
    }

    public Duration readTimeout() {
      return configured("read-timeout-ms", read);
    }

    private Duration configured(String name, Duration fallback) {
      return ConfigProvider.getConfig()
          .getOptionalValue("rest." + key + "." + name, Long.class)
          .map(Duration::ofMillis)
          .orElse(fallback);
    }
  }

  private RestClients() {}

  /**
   * A builder for the remote at {@code baseUrl} with its kind's timeouts and the call metrics
   * ({@link RemoteCallMetrics}) under the remote's name; register and build.
   */
  public static RestClientBuilder builder(Kind kind, String remote, URI baseUrl) {
    return RestClientBuilder.newBuilder()
        .baseUri(baseUrl)
        .connectTimeout(kind.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
        .readTimeout(kind.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
        .register(new RemoteCallMetrics(kind, remote));
  }

  /** An HTTP Basic {@code Authorization} value of {@code user:password} credentials. */
  public static String basic(String credentials) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString(
                (credentials == null ? "" : credentials).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Clients kept by a key (a store's or helpdesk's name), built once each: a REST client holds a
   * connection pool, so building one per call would cost a handshake every time.
   */
  public static final class PerKey<T> {
    private final Map<String, T> clients = new ConcurrentHashMap<>();

    public T get(String key, Function<String, T> build) {
      return clients.computeIfAbsent(key, build);
    }
  }
}
