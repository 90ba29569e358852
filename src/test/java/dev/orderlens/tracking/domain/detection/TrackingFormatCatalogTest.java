package dev.orderlens.tracking.domain.detection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class TrackingFormatCatalogTest {

  @Test
  void everyCourierFileBundledIsListedForLoading() throws IOException, URISyntaxException {
    Path folder =
        Path.of(TrackingFormatCatalog.class.getResource(TrackingFormatCatalog.FOLDER).toURI());
    try (Stream<Path> files = Files.list(folder)) {
      Set<String> couriers =
          files
              .map(p -> p.getFileName().toString())
              .filter(name -> name.endsWith(".json") && !name.equals("glossary.json"))
              .map(name -> name.substring(0, name.length() - ".json".length()))
              .collect(Collectors.toSet());

      assertEquals(couriers, Set.copyOf(TrackingFormatCatalog.COURIER_FILES));
    }
  }

  @Test
  void licenceOfTheDataSetTravelsWithIt() {
    assertNotNull(
        TrackingFormatCatalog.class.getResource(TrackingFormatCatalog.FOLDER + "LICENSE"));
  }
}
