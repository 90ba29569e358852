package dev.orderlens.writeback.infrastructure;

import static dev.orderlens.platform.ConfigMaps.text;
import static dev.orderlens.platform.ConfigMaps.under;

import dev.orderlens.writeback.domain.HelpdeskGateway;
import dev.orderlens.writeback.infrastructure.chatwoot.ChatwootApiConfig;
import dev.orderlens.writeback.infrastructure.chatwoot.ChatwootGateway;
import dev.orderlens.writeback.infrastructure.freshdesk.FreshdeskApiConfig;
import dev.orderlens.writeback.infrastructure.freshdesk.FreshdeskGateway;
import dev.orderlens.writeback.infrastructure.gorgias.GorgiasApiConfig;
import dev.orderlens.writeback.infrastructure.gorgias.GorgiasGateway;
import dev.orderlens.writeback.infrastructure.zammad.ZammadApiConfig;
import dev.orderlens.writeback.infrastructure.zammad.ZammadGateway;
import dev.orderlens.writeback.infrastructure.zendesk.ZendeskApiConfig;
import dev.orderlens.writeback.infrastructure.zendesk.ZendeskGateway;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * The helpdesks Orderlens writes back to: each one whose {@code writeback.<helpdesk>.url} is set,
 * with its API credential from the environment and its field mapping {@code
 * writeback.<helpdesk>.fields.<orderlens_field>=<helpdesk field>} (docs/helpdesks/).
 */
@ApplicationScoped
public class HelpdeskGateways {
  private static final Logger LOG = Logger.getLogger(HelpdeskGateways.class.getName());

  @Inject Config config;
  @Inject Clock clock;

  private Map<String, HelpdeskGateway> gateways;

  /**
   * Created with the application: the helpdesks' clients are built when the application starts, not
   * during the first write-back.
   */
  void createdAtStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
    // observing the start creates the bean, and with it runs build()
  }

  @PostConstruct
  void build() {
    Map<String, HelpdeskGateway> built = new HashMap<>();
    url("zendesk")
        .ifPresent(
            url ->
                built.put(
                    "zendesk",
                    new ZendeskGateway(
                        new ZendeskApiConfig(
                            url,
                            text(config, "writeback.zendesk.email").orElse(null),
                            secret("zendesk", "api-token"),
                            under(config, "writeback.zendesk.fields.", Long::valueOf)),
                        clock)));
    url("freshdesk")
        .ifPresent(
            url ->
                built.put(
                    "freshdesk",
                    new FreshdeskGateway(
                        new FreshdeskApiConfig(
                            url,
                            secret("freshdesk", "api-key"),
                            under(config, "writeback.freshdesk.fields.", v -> v)),
                        clock)));
    url("zammad")
        .ifPresent(
            url ->
                built.put(
                    "zammad",
                    new ZammadGateway(
                        new ZammadApiConfig(
                            url,
                            secret("zammad", "api-token"),
                            under(config, "writeback.zammad.fields.", v -> v),
                            under(config, "writeback.zammad.priorities.", v -> v)),
                        clock)));
    url("chatwoot")
        .ifPresent(
            url ->
                built.put(
                    "chatwoot",
                    new ChatwootGateway(
                        new ChatwootApiConfig(
                            url,
                            text(config, "writeback.chatwoot.account-id").orElse(null),
                            secret("chatwoot", "api-token"),
                            under(config, "writeback.chatwoot.fields.", v -> v)),
                        clock)));
    url("gorgias")
        .ifPresent(
            url ->
                built.put(
                    "gorgias",
                    new GorgiasGateway(
                        new GorgiasApiConfig(
                            url,
                            text(config, "writeback.gorgias.username").orElse(null),
                            secret("gorgias", "api-key"),
                            under(config, "writeback.gorgias.fields.", Long::valueOf)),
                        clock)));
    gateways = Map.copyOf(built);
    LOG.info(() -> "Helpdesk write-back enabled: " + gateways.keySet());
  }

  public Optional<HelpdeskGateway> find(String helpdesk) {
    return Optional.ofNullable(gateways.get(helpdesk));
  }

  private Optional<URI> url(String helpdesk) {
    return text(config, "writeback." + helpdesk + ".url").map(URI::create);
  }

  /** A credential from the environment: ORDERLENS_<HELPDESK>_<NAME>. */
  private String secret(String helpdesk, String name) {
    return text(config, "orderlens." + helpdesk + "." + name).orElse(null);
  }
}
