package dev.orderlens.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.ConnectException;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.junit.jupiter.api.Test;

class RemoteCallLogTest {

  private static final Instant NINE = Instant.parse("2026-03-02T09:00:00Z");

  /** The log is one per JVM: every test gets remotes no other test uses. */
  private final String shop = "shop-" + UUID.randomUUID();

  private RemoteCallLog.Remote remote(String name) {
    return RemoteCallLog.remotes().stream()
        .filter(r -> r.remote().equals(name))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void theAdminReadsWhyInWordsNeverTheMessage() {
    assertEquals(
        "circuit breaker open",
        RemoteCallLog.reason(new CircuitBreakerOpenException("https://shop/?token=secret")));
    assertEquals("timeout", RemoteCallLog.reason(new TimeoutException("took 2 s")));
    assertEquals(
        "no connection",
        RemoteCallLog.reason(
            new RuntimeException("wrapped", new ConnectException("http://x?token=s"))));
    assertEquals(
        "IllegalStateException", RemoteCallLog.reason(new IllegalStateException("token=s")));
  }

  @Test
  void aCallTheBreakerRefusedShowsTheBreakerOpen() {
    RemoteCallLog.answered("shop", shop, 200, NINE);
    RemoteCallLog.failed("shop", shop, new TimeoutException("2 s"), NINE.plusSeconds(60));
    RemoteCallLog.failed(
        "shop", shop, new CircuitBreakerOpenException("open"), NINE.plusSeconds(90));

    RemoteCallLog.Remote seen = remote(shop);
    assertEquals("open", seen.breaker());
    assertEquals("circuit breaker open", seen.reason());
    assertEquals(NINE, seen.lastSuccess());
    assertEquals(NINE.plusSeconds(90), seen.lastFailure());
  }

  @Test
  void theNextCallThatGoesOutShowsItClosedAgainAndKeepsTheLastFailure() {
    RemoteCallLog.failed("shop", shop, new CircuitBreakerOpenException("open"), NINE);
    RemoteCallLog.answered("shop", shop, 200, NINE.plusSeconds(40));

    RemoteCallLog.Remote seen = remote(shop);
    assertEquals("closed", seen.breaker());
    assertEquals(NINE.plusSeconds(40), seen.lastSuccess());
    assertEquals(NINE, seen.lastFailure());
    assertEquals("circuit breaker open", seen.reason());
  }

  @Test
  void aNotFoundIsAnAnswerNotAFailure() {
    RemoteCallLog.answered("tracking", shop, 404, NINE);

    RemoteCallLog.Remote seen = remote(shop);
    assertEquals(NINE, seen.lastSuccess());
    assertNull(seen.lastFailure());
    assertEquals("closed", seen.breaker());
  }

  @Test
  void anErrorAnswerKeepsItsStatusWhenTheCallerReportsItsExceptionToo() {
    RemoteCallLog.answered("tracking", shop, 400, NINE);
    RemoteCallLog.failed("tracking", shop, new IllegalStateException("refused"), NINE);

    assertEquals("HTTP 400", remote(shop).reason());
  }

  @Test
  void anAnswerThatCouldNotBeReadIsAFailureAfterAll() {
    RemoteCallLog.answered("shop", shop, 200, NINE);
    RemoteCallLog.failed("shop", shop, new IllegalStateException("no JSON"), NINE.plusMillis(5));

    assertEquals("IllegalStateException", remote(shop).reason());
    assertEquals(NINE.plusMillis(5), remote(shop).lastFailure());
  }
}
