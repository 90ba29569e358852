package dev.orderlens.tracking.domain.suspicion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class GeoPointTest {

  @Test
  void haversineDistanceMilanToRomeIsAbout477Km() {
    GeoPoint milan = new GeoPoint(45.4642, 9.19);
    GeoPoint rome = new GeoPoint(41.9028, 12.4964);

    assertEquals(477, milan.distanceKm(rome), 3);
  }

  @Test
  void samePointIsZeroKmApart() {
    GeoPoint p = new GeoPoint(47.4979, 19.0402);

    assertEquals(0, p.distanceKm(p), 1e-9);
  }

  @Test
  void impossibleCoordinatesAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> new GeoPoint(91, 0));
  }
}
