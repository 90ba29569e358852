package dev.orderlens.intake.domain;

import java.util.Optional;

/**
 * The helpdesks allowed to call the native webhook, by the name in its path ("zendesk", "zammad",
 * …). A helpdesk that is not configured has no endpoint at all.
 */
public interface HelpdeskDialects {

  Optional<HelpdeskDialect> find(String helpdesk);

  /** The helpdesks configured to call, by the name in their path. */
  java.util.Set<String> names();
}
