package dev.orderlens.understanding.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageDetectorTest {

  private static final LanguageDetector DETECTOR = new LanguageDetector(Lexicons.load());

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          en | Thanks, got it
          en | My parcel never came and nobody answers the phone.
          it | Grazie mille, il pacco è arrivato
          it | Non ho ancora ricevuto niente
          ru | Спасибо, всё получил
          hu | Köszönöm, megkaptam a csomagot
          hu | Még nem érkezett meg a rendelésem
          de | Danke, das Paket ist da
          de | Ich habe noch nichts bekommen
          de | Hallo, wo ist #1001?
          fr | Merci, j'ai bien reçu le colis
          fr | Je n'ai toujours rien reçu
          es | Gracias, ya me llegó el paquete
          es | Todavía no he recibido nada
          """)
  void shortCustomerMessagesAreRecognised(String expected, String message) {
    assertEquals(expected, DETECTOR.detect(message), message);
  }

  @Test
  void blankTextHasNoLanguage() {
    assertNull(DETECTOR.detect("   "));
  }

  @Test
  void numbersAloneHaveNoLanguage() {
    assertNull(DETECTOR.detect("#1001 / 12345"));
  }

  @Test
  void longMessageGetsTheSameAnswerEveryTime() {
    String message =
        "Buongiorno, ho ordinato una lampada tre settimane fa e il corriere dice che l'ha"
            + " consegnata, ma io non ho ricevuto niente. Potete controllare con BRT per favore?"
            + " Grazie, Marco";

    assertEquals(
        IntStream.range(0, 5).mapToObj(i -> "it").toList(),
        IntStream.range(0, 5)
            .mapToObj(i -> new LanguageDetector(Lexicons.load()).detect(message))
            .toList());
  }
}
