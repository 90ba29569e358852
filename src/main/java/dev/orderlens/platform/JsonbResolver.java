package dev.orderlens.platform;

import jakarta.json.bind.Jsonb;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * Makes JAX-RS write every answer with {@link JsonCodec}'s settings: a field without a value is
 * present as {@code null} (JSON-B would omit it), as the API documents.
 */
@Provider
public class JsonbResolver implements ContextResolver<Jsonb> {
  @Override
  public Jsonb getContext(Class<?> type) {
    return JsonCodec.jsonb();
  }
}
