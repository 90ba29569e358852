package dev.orderlens.platform.logging;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.util.logging.Handler;
import java.util.logging.Logger;

/**
 * Puts the redaction layer in front of every log handler when the application starts, so that no
 * e-mail, phone number or street address reaches the log at INFO or above, whoever logs it (our
 * code, the JPA provider quoting a failed statement, the server).
 */
@ApplicationScoped
public class LogRedaction {

  void install(
      @Observes
          @Priority(Interceptor.Priority.PLATFORM_BEFORE - 1)
          @Initialized(ApplicationScoped.class)
          Object ignored) {
    for (Handler handler : Logger.getLogger("").getHandlers()) {
      RedactingFormatter.install(handler);
    }
  }
}
