package dev.orderlens.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one place that knows what time it is; everything else injects a {@link Clock}.
 *
 * <p>For tests only, {@code orderlens.testing.clock-offset} (ISO-8601 duration, e.g. {@code P365D};
 * environment {@code ORDERLENS_TESTING_CLOCK_OFFSET}) moves the server's clock, so a test suite can
 * prove it does not depend on today's date. It has no default, and a server started with it says so
 * in its log at every start, as a warning, so it cannot run in production unnoticed.
 */
@ApplicationScoped
public class ClockProducer {
  private static final Logger LOG = Logger.getLogger(ClockProducer.class.getName());

  @Inject
  @ConfigProperty(name = "orderlens.testing.clock-offset")
  Optional<String> testingOffset;

  @Produces
  @ApplicationScoped
  Clock clock() {
    Duration offset =
        testingOffset
            .map(String::trim)
            .filter(s -> !s.isEmpty())
            .map(Duration::parse)
            .orElse(Duration.ZERO);
    if (offset.isZero()) {
      return Clock.systemUTC();
    }
    LOG.warning(
        "orderlens.testing.clock-offset="
            + offset
            + ": the clock is moved for testing; never set this in production");
    return Clock.offset(Clock.systemUTC(), offset);
  }
}
