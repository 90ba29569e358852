package dev.orderlens.platform.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The admin account, from the environment: {@code ORDERLENS_ADMIN_USER} and either {@code
 * ORDERLENS_ADMIN_PASSWORD_HASH} (a PBKDF2 hash, preferred) or {@code ORDERLENS_ADMIN_PASSWORD},
 * which is hashed at start and kept only as its hash. With neither, no one is an admin.
 */
@ApplicationScoped
public class AdminIdentityStore implements IdentityStore {

  public static final String ADMIN_ROLE = "admin";

  @Inject Pbkdf2PasswordHash passwordHash;

  @Inject
  @ConfigProperty(name = "orderlens.admin.user")
  Optional<String> user;

  @Inject
  @ConfigProperty(name = "orderlens.admin.password")
  Optional<String> password;

  @Inject
  @ConfigProperty(name = "orderlens.admin.password-hash")
  Optional<String> configuredHash;

  private String hash;

  @PostConstruct
  void hashPassword() {
    passwordHash.initialize(Map.of("Pbkdf2PasswordHash.Iterations", "3072"));
    hash =
        configuredHash
            .filter(h -> !h.isBlank())
            .orElseGet(
                () ->
                    password
                        .filter(p -> !p.isBlank())
                        .map(p -> passwordHash.generate(p.toCharArray()))
                        .orElse(null));
  }

  public CredentialValidationResult validate(UsernamePasswordCredential credential) {
    if (hash == null || user.isEmpty() || user.get().isBlank()) {
      return CredentialValidationResult.INVALID_RESULT;
    }
    boolean userMatches =
        MessageDigest.isEqual(
            user.get().getBytes(StandardCharsets.UTF_8),
            credential.getCaller().getBytes(StandardCharsets.UTF_8));
    boolean passwordMatches = passwordHash.verify(credential.getPassword().getValue(), hash);
    return userMatches && passwordMatches
        ? new CredentialValidationResult(credential.getCaller(), Set.of(ADMIN_ROLE))
        : CredentialValidationResult.INVALID_RESULT;
  }
}
