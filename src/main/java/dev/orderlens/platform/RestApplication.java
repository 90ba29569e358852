package dev.orderlens.platform;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** All Orderlens HTTP APIs live under {@code /api}; resources are discovered by CDI scanning. */
@ApplicationPath("/api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Orderlens",
            version = "1",
            description =
                "Support-ticket enrichment for online shops: helpdesk webhooks in, order,"
                    + " tracking and customer context out."))
public class RestApplication extends Application {}
