package dev.orderlens.understanding.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ThreatDetectionTest {

  private static final MessageUnderstanding UNDERSTANDING = MessageUnderstanding.load();

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          REVIEW_THREAT     | If this isn't fixed today I will leave a 1-star review on Trustpilot.
          CHARGEBACK_THREAT | If I don't hear back I'll open a dispute with PayPal.
          REVIEW_THREAT     | Se non risolvete lascerò una recensione negativa.
          CHARGEBACK_THREAT | Se non mi rimborsate, contesterò l'addebito con la mia banca.
          REVIEW_THREAT     | Если не решите вопрос, оставлю отрицательный отзыв.
          CHARGEBACK_THREAT | Я опротестую платёж через банк.
          REVIEW_THREAT     | Ha nem oldják meg, negatív értékelést fogok írni.
          CHARGEBACK_THREAT | Kezdeményezem a visszaterhelést a bankomnál.
          REVIEW_THREAT     | Ich werde eine schlechte Bewertung schreiben.
          CHARGEBACK_THREAT | Ich veranlasse eine Rückbuchung bei meiner Bank.
          REVIEW_THREAT     | Je vais laisser un avis négatif partout.
          CHARGEBACK_THREAT | Je vais demander une rétrofacturation à ma banque.
          REVIEW_THREAT     | Voy a dejar una reseña negativa.
          CHARGEBACK_THREAT | Voy a pedir un contracargo a mi banco.
          """)
  void threatIsRecognisedInEveryLanguage(Threat expected, String message) {
    assertTrue(UNDERSTANDING.understand(message).has(expected), message);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          I read the reviews before buying, is the blue one in stock?
          Ho letto le recensioni, la taglia M è disponibile?
          Я прочитал отзывы, есть ли размер M?
          Nagyra értékelem a segítségüket, köszönöm!
          Die Bewertungen im Shop sind gut, ist Größe M lieferbar?
          J'ai lu les avis, la taille M est-elle disponible ?
          He leído las reseñas, ¿tienen la talla M?
          """)
  void mentioningReviewsWithoutThreateningIsNoThreat(String message) {
    assertEquals(Set.of(), UNDERSTANDING.understand(message).threats(), message);
  }

  @Test
  void politeMessageCarriesNoThreat() {
    assertEquals(
        Set.of(),
        UNDERSTANDING
            .understand("Hello, could you tell me when order 1001 ships? Thanks!")
            .threats());
  }

  @Test
  void bothThreatsInOneMessageAreReported() {
    Understanding understanding =
        UNDERSTANDING.understand(
            "Refund me now or I will file a chargeback and leave a one star review everywhere.");

    assertEquals(Set.of(Threat.REVIEW_THREAT, Threat.CHARGEBACK_THREAT), understanding.threats());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          The tracking says nobody was there, but I was home all day.
          Il tracking dice destinatario assente ma ero a casa tutto il giorno.
          Пишут, что меня не было, но я был дома весь день.
          Azt írják, hogy nem voltam ott, pedig egész nap otthon voltam.
          Angeblich war niemand da, aber ich war den ganzen Tag zu Hause.
          Le suivi indique absent, mais j'étais chez moi toute la journée.
          Dice que estaba ausente, pero estaba en casa toda la mañana.
          """)
  void customerSayingTheyWereHomeDisputesTheDeliveryAttempt(String message) {
    assertTrue(UNDERSTANDING.understand(message).deliveryAttemptDisputed(), message);
  }

  @Test
  void plainStatusQuestionDoesNotDisputeADeliveryAttempt() {
    assertFalse(
        UNDERSTANDING
            .understand("Where is my parcel? It should have arrived yesterday.")
            .deliveryAttemptDisputed());
  }
}
