package dev.orderlens.carrier.domain.classification;

import dev.orderlens.carrier.domain.ComplaintCategory;
import dev.orderlens.tracking.domain.TrackingStatus;
import dev.orderlens.understanding.Tally;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Second phrasings and near misses in every language, so the lexicons are not tuned to one set. */
class ComplaintPhrasingTest {
  private static final Tally PHRASINGS = new Tally("second phrasings");
  private static final Tally NEAR_MISSES = new Tally("near misses");

  private static final ComplaintClassifier CLASSIFIER = ComplaintClassifier.bundled();

  private static TrackingSignals fitting(ComplaintCategory category) {
    return switch (category) {
      case FALSE_ATTEMPT ->
          new TrackingSignals("gls", TrackingStatus.ATTEMPT_FAIL, null, true, 0.5, null);
      case DELIVERED_NOT_RECEIVED, LEFT_UNSAFE, DAMAGED, DRIVER_CONDUCT ->
          new TrackingSignals("gls", TrackingStatus.DELIVERED, null, false, null, null);
      default -> new TrackingSignals("gls", TrackingStatus.IN_TRANSIT, null, false, null, null);
    };
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
"""
LATE | My order was supposed to come on Friday and it's still not here.
LATE | It's been 10 days and the package is still in transit.
LOST | The parcel seems to be lost, nobody knows where it is.
DAMAGED | The item arrived broken, the packaging was ripped open.
LEFT_UNSAFE | They left my parcel outside the front door in the rain, unattended.
DELIVERED_NOT_RECEIVED | It shows as delivered but there is nothing here.
DRIVER_CONDUCT | The delivery man was very rude and aggressive.
FALSE_ATTEMPT | They claim they tried to deliver but I was at home the whole day.
LATE | L'ordine è in ritardo di una settimana.
LOST | Il corriere ha perso il mio pacco.
DAMAGED | La merce è arrivata rotta.
DELIVERED_NOT_RECEIVED | Sul sito risulta consegnato ma non ho ricevuto nulla.
FALSE_ATTEMPT | Sono stata a casa tutto il giorno ma risulto assente.
LATE | Заказ задерживается уже неделю.
LOST | Моя посылка пропала.
DAMAGED | Товар пришёл сломанным.
DELIVERED_NOT_RECEIVED | Посылка отмечена как доставленная, но я её не получил.
FALSE_ATTEMPT | Я был дома, а курьер написал, что получатель отсутствовал.
LEFT_UNSAFE | Курьер оставил коробку у двери и ушёл.
DRIVER_CONDUCT | Курьер был очень груб.
LATE | Már két hete várok a csomagra, még mindig nem érkezett meg.
LOST | A futárcég elvesztette a csomagomat.
DAMAGED | A termék sérülten érkezett.
DELIVERED_NOT_RECEIVED | Kézbesítettnek jelölték, de nem kaptam meg.
FALSE_ATTEMPT | Itthon voltam egész nap, mégis sikertelen kézbesítést írtak.
LEFT_UNSAFE | A futár az ajtó elé tette a csomagot.
DRIVER_CONDUCT | A futár bunkó volt velem.
LATE | Meine Bestellung ist seit einer Woche überfällig.
LOST | Mein Paket ist verschwunden.
DAMAGED | Die Ware kam kaputt an.
DELIVERED_NOT_RECEIVED | Das Paket wurde als zugestellt markiert, ist aber nicht da.
FALSE_ATTEMPT | Ich war zu Hause, trotzdem wurde eine Benachrichtigungskarte eingeworfen.
LEFT_UNSAFE | Das Paket wurde über den Zaun geworfen.
DRIVER_CONDUCT | Der Fahrer hat mich beschimpft.
LATE | Ma commande a une semaine de retard.
LOST | Le colis est perdu.
DAMAGED | Le produit est arrivé cassé.
DELIVERED_NOT_RECEIVED | Le colis est marqué comme livré mais je ne l'ai pas.
FALSE_ATTEMPT | J'étais à la maison toute la journée et ils ont laissé un avis de passage.
LEFT_UNSAFE | Le livreur a jeté le colis par-dessus le portail.
DRIVER_CONDUCT | Le livreur a été impoli avec moi.
LATE | Mi pedido lleva una semana de retraso.
LOST | Han perdido mi paquete.
DAMAGED | El producto llegó dañado.
DELIVERED_NOT_RECEIVED | Figura como entregado, pero no lo tengo.
FALSE_ATTEMPT | Estuve todo el día en casa y dicen que hubo un intento de entrega.
LEFT_UNSAFE | Dejaron el paquete en la puerta sin avisar.
DRIVER_CONDUCT | El repartidor fue grosero conmigo.
""")
  void recognisesOtherPhrasings(ComplaintCategory expected, String message) {
    PHRASINGS.record(
        expected,
        CLASSIFIER.primary(message, fitting(expected)).map(c -> c.category()).orElse(null),
        message);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Il pacco non è danneggiato, grazie mille.",
        "Посылка не повреждена, всё в порядке.",
        "A csomag nem sérült, minden rendben.",
        "Das Paket ist nicht beschädigt, alles gut.",
        "Le colis n'est pas abîmé, tout va bien.",
        "El paquete no está dañado, todo bien.",
        "Ho perso la password del mio account.",
        "Я потерял пароль от аккаунта.",
        "Elfelejtettem a jelszavam.",
        "Ich habe mein Passwort verloren.",
        "J'ai perdu mon mot de passe.",
        "He perdido mi contraseña.",
        "Vorrei cambiare l'indirizzo di consegna prima della spedizione.",
        "Хочу изменить адрес доставки.",
        "Meg szeretném változtatni a szállítási címet.",
        "Ich möchte meine Lieferadresse ändern.",
        "Je voudrais changer mon adresse de livraison.",
        "Quiero cambiar la dirección de entrega.",
        "Quando verrà consegnato il mio ordine?",
        "Когда будет доставлен мой заказ?",
        "Mikor kézbesítik a csomagomat?",
        "Wann wird mein Paket zugestellt?",
        "Quand mon colis sera-t-il livré ?",
        "¿Cuándo será entregado mi pedido?"
      })
  void nearMissesAreNoComplaint(String message) {
    TrackingSignals attempted =
        new TrackingSignals("gls", TrackingStatus.ATTEMPT_FAIL, null, true, 0.9, null);

    NEAR_MISSES.record(List.of(), CLASSIFIER.classify(message, attempted), message);
  }

  @org.junit.jupiter.api.AfterAll
  static void eachSetReachesTheFloor() {
    PHRASINGS.assertAtLeast(Tally.REGRESSION_FLOOR);
    NEAR_MISSES.assertAtLeast(Tally.REGRESSION_FLOOR);
  }
}
