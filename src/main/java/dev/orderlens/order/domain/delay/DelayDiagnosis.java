package dev.orderlens.order.domain.delay;

import java.util.List;

/**
 * The answer to "why is it late?": one cause, the facts it rests on (for the agent to check) and a
 * sentence in English the agent can paste into the reply.
 */
public record DelayDiagnosis(DelayCause cause, List<String> evidence, String sentence) {
  public DelayDiagnosis {
    evidence = List.copyOf(evidence);
  }

  public boolean late() {
    return cause != DelayCause.NOT_LATE;
  }
}
