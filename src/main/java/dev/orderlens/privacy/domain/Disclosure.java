package dev.orderlens.privacy.domain;

import dev.orderlens.order.domain.Order;
import java.util.List;

/**
 * What an agent may show the person writing about one order.
 *
 * @param order the order as far as it may be shown (possibly a redacted copy), or null when nothing
 *     may be shown, not even whether the order exists
 * @param instruction what the agent must do or avoid, or null when nothing special applies
 * @param warning what the agent must read first (a gift order's contact rule), or null
 */
public record Disclosure(
    Order order, List<DisclosureFlag> flags, String instruction, String warning) {

  public Disclosure(Order order, List<DisclosureFlag> flags, String instruction) {
    this(order, flags, instruction, null);
  }

  public Disclosure {
    flags = flags == null ? List.of() : List.copyOf(flags);
  }

  public boolean mayShowOrder() {
    return order != null;
  }

  /** The flags as the strings the enrichment and helpdesk tags use. */
  public List<String> flagNames() {
    return flags.stream().map(Enum::name).toList();
  }
}
