package dev.orderlens.customer.domain;

import java.util.List;

/** How to handle a ticket: how soon, what goodwill to offer, and the flags and tags to set. */
public record Handling(
    Priority priority, Goodwill goodwill, List<String> flags, List<String> tags) {

  public Handling {
    flags = flags == null ? List.of() : List.copyOf(flags);
    tags = tags == null ? List.of() : List.copyOf(tags);
  }
}
