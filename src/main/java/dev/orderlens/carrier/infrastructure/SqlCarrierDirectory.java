package dev.orderlens.carrier.infrastructure;

import dev.orderlens.carrier.domain.account.ApiKey;
import dev.orderlens.carrier.domain.account.CarrierAccount;
import dev.orderlens.carrier.domain.account.CarrierDirectory;
import dev.orderlens.platform.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The carriers Orderlens reports to. Registering a carrier issues a new pull-API key, returned once
 * and stored only as its hash; the push signing secret is read from the environment variable the
 * carrier's secret reference names, never from the database. Codes compare without regard to case,
 * as MariaDB's collation does: registering "UPS" adopts complaints stored under "ups".
 */
@ApplicationScoped
public class SqlCarrierDirectory implements CarrierDirectory {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String COLUMNS = "code, name, push_url, secret_ref";

  @PersistenceContext(unitName = "orderlens")
  EntityManager em;

  @Inject Clock clock;

  /** Creates or updates a carrier and issues it a new API key (the old one stops working). */
  @Override
  @Transactional
  public String register(CarrierAccount account) {
    String key = ApiKey.generate(RANDOM);
    em.createNativeQuery(
            "INSERT INTO carrier (code, name, push_url, api_key_hash, secret_ref, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE name = VALUES(name),"
                + " push_url = VALUES(push_url), api_key_hash = VALUES(api_key_hash),"
                + " secret_ref = VALUES(secret_ref)")
        .setParameter(1, account.code())
        .setParameter(2, account.name())
        .setParameter(3, account.pushUrl())
        .setParameter(4, ApiKey.hash(key))
        .setParameter(5, account.secretRef())
        .setParameter(6, SqlValues.utc(clock.instant()))
        .executeUpdate();
    for (String table : new String[] {"carrier_complaint", "carrier_incident"}) {
      // Complaints stored before the carrier was registered may spell it in another case.
      em.createNativeQuery("UPDATE " + table + " SET carrier = ? WHERE carrier = ?")
          .setParameter(1, account.code())
          .setParameter(2, account.code())
          .executeUpdate();
    }
    return key;
  }

  /** The carrier a presented API key belongs to. */
  @Override
  public Optional<CarrierAccount> byKey(String key) {
    if (!ApiKey.wellFormed(key)) {
      return Optional.empty();
    }
    return find("api_key_hash = ?", ApiKey.hash(key)).stream().findFirst();
  }

  @Override
  public Optional<CarrierAccount> byCode(String code) {
    return find("code = ?", code).stream().findFirst();
  }

  @Override
  public List<CarrierAccount> all() {
    return find("1 = ?", 1);
  }

  /** The carrier's signing secret from the environment, or empty when it is not set. */
  @Override
  public Optional<String> secret(CarrierAccount account) {
    return ConfigProvider.getConfig()
        .getOptionalValue(account.secretRef(), String.class)
        .filter(s -> !s.isBlank());
  }

  private List<CarrierAccount> find(String where, Object value) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT " + COLUMNS + " FROM carrier WHERE " + where + " ORDER BY code")
            .setParameter(1, value)
            .getResultList();
    return rows.stream()
        .map(Object[].class::cast)
        .map(r -> new CarrierAccount((String) r[0], (String) r[1], (String) r[2], (String) r[3]))
        .toList();
  }
}
