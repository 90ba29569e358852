package dev.orderlens.carrier.domain.account;

import java.util.List;
import java.util.Optional;

/**
 * The carriers Orderlens reports to. Registering a carrier issues a new pull-API key, returned once
 * and kept only as its hash; the push signing secret comes from the environment variable the
 * carrier's secret reference names, never from storage. Codes compare without regard to case.
 */
public interface CarrierDirectory {

  /** Creates or updates a carrier and issues it a new API key (the old one stops working). */
  String register(CarrierAccount account);

  /** The carrier a presented API key belongs to. */
  Optional<CarrierAccount> byKey(String key);

  Optional<CarrierAccount> byCode(String code);

  List<CarrierAccount> all();

  /** The carrier's signing secret from the environment, or empty when it is not set. */
  Optional<String> secret(CarrierAccount account);
}
