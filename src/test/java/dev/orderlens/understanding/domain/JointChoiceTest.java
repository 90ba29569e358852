package dev.orderlens.understanding.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orderlens.understanding.domain.MessageClassifier.Choice;
import org.junit.jupiter.api.Test;

/** How the main intent, the courier category and the further asks are chosen from the scores. */
class JointChoiceTest {

  private static final String[] INTENTS = {"ORDER_STATUS", "COURIER_COMPLAINT", "RETURN_REFUND"};
  private static final String[] CATEGORIES = {"NONE", "LATE", "DAMAGED"};

  private static Choice joint(double[] intentScores, double[] categoryScores) {
    return MessageClassifier.joint(
        i -> INTENTS[i], intentScores, c -> CATEGORIES[c], categoryScores, 0.5);
  }

  @Test
  void keepsEachModelsBestWhenTheyAgree() {
    Choice choice = joint(new double[] {-2.0, -0.2, -3.0}, new double[] {-3.0, -0.1, -2.5});

    assertEquals(new Choice("COURIER_COMPLAINT", "LATE"), choice);
  }

  @Test
  void aSureCategoryOfNoComplaintTurnsAnUnsureCourierComplaintIntoTheNextIntent() {
    // The intent model leans to a courier complaint by a little; the category model is sure the
    // courier is not the subject.
    Choice choice = joint(new double[] {-0.8, -0.6, -4.0}, new double[] {-0.05, -3.5, -4.0});

    assertEquals(new Choice("ORDER_STATUS", "NONE"), choice);
  }

  @Test
  void aSureCourierComplaintTakesTheBestCourierCategoryOverAnUnsureNone() {
    Choice choice = joint(new double[] {-4.0, -0.02, -5.0}, new double[] {-0.6, -0.9, -2.0});

    assertEquals(new Choice("COURIER_COMPLAINT", "LATE"), choice);
  }

  @Test
  void anotherMainIntentKeepsTheCategorysOwnBest() {
    Choice choice = joint(new double[] {-3.0, -2.0, -0.1}, new double[] {-2.0, -1.5, -0.3});

    assertEquals(new Choice("RETURN_REFUND", "DAMAGED"), choice);
  }

  @Test
  void aCourierCategoryMakesACourierComplaintAFurtherAskWhateverItsModelSays() {
    Choice refundOfABrokenParcel = new Choice("RETURN_REFUND", "DAMAGED");

    assertTrue(
        MessageClassifier.asksFurther(Intent.COURIER_COMPLAINT, 0.01, refundOfABrokenParcel, 0.4));
    assertFalse(
        MessageClassifier.asksFurther(
            Intent.COURIER_COMPLAINT, 0.99, new Choice("RETURN_REFUND", "NONE"), 0.4));
  }

  @Test
  void otherFurtherAsksFollowTheirModelsThresholdButNeverRepeatTheMainIntent() {
    Choice status = new Choice("ORDER_STATUS", "NONE");

    assertTrue(MessageClassifier.asksFurther(Intent.RETURN_REFUND, 0.4, status, 0.4));
    assertFalse(MessageClassifier.asksFurther(Intent.RETURN_REFUND, 0.39, status, 0.4));
    assertFalse(MessageClassifier.asksFurther(Intent.ORDER_STATUS, 0.99, status, 0.4));
    assertFalse(
        MessageClassifier.asksFurther(
            Intent.COURIER_COMPLAINT, 0.99, new Choice("COURIER_COMPLAINT", "LATE"), 0.4));
  }
}
