package dev.orderlens.intake.infrastructure;

import dev.orderlens.understanding.domain.MessageUnderstanding;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Loads the language profiles and the seven lexicons once for the whole application. */
@ApplicationScoped
public class UnderstandingProducer {
  @Produces
  @Singleton
  MessageUnderstanding messageUnderstanding() {
    return MessageUnderstanding.load();
  }
}
