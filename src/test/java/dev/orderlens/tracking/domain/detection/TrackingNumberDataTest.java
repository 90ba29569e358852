package dev.orderlens.tracking.domain.detection;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every test number published with the bundled data set is recognised or rejected as it says. */
class TrackingNumberDataTest {

  private static final CarrierDetector DETECTOR = new CarrierDetector();

  @TestFactory
  Stream<DynamicTest> everyPublishedValidNumberIsRecognisedWithItsCourier() {
    return specs()
        .flatMap(
            s ->
                numbers(s.spec(), "valid").stream()
                    .map(
                        number ->
                            dynamicTest(
                                s.format().id() + " recognises '" + number + "'",
                                () ->
                                    assertTrue(
                                        DETECTOR.detect(number).stream()
                                            .anyMatch(
                                                c ->
                                                    c.formatId().equals(s.format().id())
                                                        && c.carrierCode()
                                                            .equals(s.format().carrierCode())),
                                        () -> "candidates: " + DETECTOR.detect(number)))));
  }

  @TestFactory
  Stream<DynamicTest> everyPublishedInvalidNumberIsRejectedByItsFormat() {
    return specs()
        .flatMap(
            s ->
                numbers(s.spec(), "invalid").stream()
                    .map(
                        number ->
                            dynamicTest(
                                s.format().id() + " rejects '" + number + "'",
                                () ->
                                    assertTrue(
                                        DETECTOR.detect(number).stream()
                                            .noneMatch(c -> c.formatId().equals(s.format().id())),
                                        () -> "candidates: " + DETECTOR.detect(number)))));
  }

  @Test
  void everyCourierFileOfTheDataSetIsLoaded() {
    assertFalse(specs().toList().isEmpty());
    assertTrue(specs().count() >= 39, "the data set documents 39 formats");
  }

  private record Spec(TrackingFormat format, JsonObject spec) {}

  private static Stream<Spec> specs() {
    List<Spec> specs = new ArrayList<>();
    for (String file : TrackingFormatCatalog.COURIER_FILES) {
      JsonObject courier =
          TrackingFormatCatalog.read(TrackingFormatCatalog.FOLDER + file + ".json");
      for (JsonObject spec :
          courier.getJsonArray("tracking_numbers").getValuesAs(JsonObject.class)) {
        specs.add(new Spec(TrackingFormatCatalog.toFormat(courier, spec), spec));
      }
    }
    return specs.stream();
  }

  private static List<String> numbers(JsonObject spec, String kind) {
    JsonObject tests = spec.getJsonObject("test_numbers");
    return tests == null || !tests.containsKey(kind)
        ? List.of()
        : tests.getJsonArray(kind).getValuesAs(JsonString::getString);
  }
}
