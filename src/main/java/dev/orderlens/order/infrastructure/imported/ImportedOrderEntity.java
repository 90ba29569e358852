package dev.orderlens.order.infrastructure.imported;

import dev.orderlens.order.domain.Order;
import dev.orderlens.platform.JsonCodec;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Locale;

/**
 * A pushed order: the lookup keys as columns, the whole normalised order as a JSON document. Times
 * are UTC.
 */
@Entity
@Table(name = "imported_order")
public class ImportedOrderEntity {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  @Column(nullable = false)
  String store;

  @Column(name = "order_number", nullable = false)
  String orderNumber;

  @Column(name = "buyer_email")
  String buyerEmail;

  @Column(name = "placed_at", nullable = false)
  LocalDateTime placedAt;

  @Column(nullable = false)
  String document;

  @Column(name = "updated_at", nullable = false)
  LocalDateTime updatedAt;

  protected ImportedOrderEntity() {}

  Order toOrder() {
    return JsonCodec.read(document, Order.class);
  }

  static String normaliseEmail(String email) {
    return email == null || email.isBlank() ? null : email.strip().toLowerCase(Locale.ROOT);
  }
}
