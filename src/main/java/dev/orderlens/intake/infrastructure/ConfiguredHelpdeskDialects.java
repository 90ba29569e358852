package dev.orderlens.intake.infrastructure;

import static dev.orderlens.platform.ConfigMaps.text;

import dev.orderlens.intake.domain.HelpdeskDialect;
import dev.orderlens.intake.domain.HelpdeskDialects;
import dev.orderlens.intake.infrastructure.chatwoot.ChatwootDialect;
import dev.orderlens.intake.infrastructure.chatwoot.ChatwootWebhookConfig;
import dev.orderlens.intake.infrastructure.freshdesk.FreshdeskDialect;
import dev.orderlens.intake.infrastructure.gorgias.GorgiasDialect;
import dev.orderlens.intake.infrastructure.gorgias.GorgiasWebhookConfig;
import dev.orderlens.intake.infrastructure.zammad.ZammadDialect;
import dev.orderlens.intake.infrastructure.zammad.ZammadWebhookConfig;
import dev.orderlens.intake.infrastructure.zendesk.ZendeskDialect;
import dev.orderlens.intake.infrastructure.zendesk.ZendeskWebhookConfig;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * The helpdesks allowed to call {@code /api/v1/webhooks/{helpdesk}}: each one whose secret is in
 * the environment (docs/helpdesks/). A helpdesk without a secret has no endpoint at all.
 */
@ApplicationScoped
public class ConfiguredHelpdeskDialects implements HelpdeskDialects {
  private static final Logger LOG = Logger.getLogger(ConfiguredHelpdeskDialects.class.getName());

  @Inject Config config;

  private Map<String, HelpdeskDialect> dialects;

  /**
   * Created with the application: the helpdesks' webhook settings are read when the application
   * starts, not during the first webhook.
   */
  void createdAtStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
    // observing the start creates the bean, and with it runs build()
  }

  @PostConstruct
  void build() {
    Map<String, HelpdeskDialect> built = new HashMap<>();
    text(config, "orderlens.zendesk.signing-secret")
        .ifPresent(
            secret ->
                built.put(
                    "zendesk",
                    new ZendeskDialect(
                        new ZendeskWebhookConfig(
                            secret, text(config, "intake.zendesk.api-user-email").orElse(null)))));
    sharedSecret("freshdesk").ifPresent(s -> built.put("freshdesk", new FreshdeskDialect(s)));
    text(config, "orderlens.zammad.hmac-token")
        .ifPresent(
            token ->
                built.put(
                    "zammad",
                    new ZammadDialect(
                        new ZammadWebhookConfig(
                            token, text(config, "intake.zammad.api-user").orElse(null)))));
    text(config, "orderlens.chatwoot.webhook-secret")
        .ifPresent(s -> built.put("chatwoot", new ChatwootDialect(new ChatwootWebhookConfig(s))));
    sharedSecret("gorgias")
        .ifPresent(
            s ->
                built.put(
                    "gorgias",
                    new GorgiasDialect(
                        new GorgiasWebhookConfig(
                            s, text(config, "intake.gorgias.api-user-email").orElse(null)))));
    dialects = Map.copyOf(built);
    LOG.info(() -> "Helpdesk webhooks enabled: " + dialects.keySet());
  }

  @Override
  public Optional<HelpdeskDialect> find(String helpdesk) {
    return Optional.ofNullable(dialects.get(helpdesk));
  }

  @Override
  public java.util.Set<String> names() {
    return java.util.Collections.unmodifiableSet(dialects.keySet());
  }

  /** A secret header value and/or Basic password from the environment, as the admin chose. */
  private Optional<SharedSecret> sharedSecret(String helpdesk) {
    Optional<String> header = text(config, "orderlens." + helpdesk + ".webhook-secret");
    Optional<String> password = text(config, "orderlens." + helpdesk + ".webhook-password");
    if (header.isEmpty() && password.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new SharedSecret(
            text(config, "intake." + helpdesk + ".secret-header").orElse(null),
            header.orElse(null),
            text(config, "intake." + helpdesk + ".basic-user").orElse(null),
            password.orElse(null)));
  }
}
