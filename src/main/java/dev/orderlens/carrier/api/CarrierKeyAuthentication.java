package dev.orderlens.carrier.api;

import dev.orderlens.carrier.application.CarrierPortal;
import dev.orderlens.carrier.domain.account.CarrierAccount;
import dev.orderlens.carrier.domain.account.CarrierDirectory;
import dev.orderlens.platform.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Carriers authenticate with their own API key in {@value #HEADER}; a missing or unknown key is a
 * 401 problem. The path names the carrier ({@code me} or its own code): another carrier's code is a
 * 403, so a carrier can never read data that is not its own.
 */
@ApplicationScoped
public class CarrierKeyAuthentication {
  public static final String HEADER = "X-Carrier-Key";
  public static final String ME = "me";

  @Inject CarrierDirectory carriers;

  public CarrierAccount authenticate(String key, String pathCarrier) {
    CarrierAccount carrier =
        carriers
            .byKey(key)
            .orElseThrow(
                () -> ProblemException.unauthorized("A valid " + HEADER + " is required."));
    if (!ME.equals(pathCarrier)) {
      CarrierPortal.requireOwn(carrier, pathCarrier);
    }
    return carrier;
  }
}
