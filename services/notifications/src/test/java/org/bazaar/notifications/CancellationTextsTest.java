package org.bazaar.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.bazaar.events.order.CancellationReason;
import org.junit.jupiter.api.Test;

class CancellationTextsTest {

  @Test
  void everyReason_isExplainedInASentence_withoutItsCode() {
    assertThat(Arrays.stream(CancellationReason.values()).map(CancellationTexts::why)).allSatisfy(text -> {
      assertThat(text).endsWith(".").doesNotContain("_");
      assertThat(Arrays.stream(CancellationReason.values()).map(Enum::name)).noneMatch(text::contains);
    }).doesNotHaveDuplicates();
  }

  @Test
  void aDeclinedPayment_saysDeclined_andThatNothingWasTaken() {
    assertThat(CancellationTexts.why(CancellationReason.PAYMENT_DECLINED)).contains("declined");
    assertThat(CancellationTexts.money(CancellationReason.PAYMENT_DECLINED)).isEqualTo("No payment was taken.");
  }

  @Test
  void outOfStock_saysSo() {
    assertThat(CancellationTexts.why(CancellationReason.OUT_OF_STOCK)).contains("out of stock");
    assertThat(CancellationTexts.money(CancellationReason.OUT_OF_STOCK)).isEqualTo("No payment was taken.");
  }

  @Test
  void anUnavailableProvider_isOurFault_andAPendingAmountIsReleased() {
    assertThat(CancellationTexts.why(CancellationReason.PAYMENT_UNAVAILABLE)).contains("payment provider")
        .contains("try again");
    assertThat(CancellationTexts.money(CancellationReason.PAYMENT_UNAVAILABLE)).contains("released");
  }
}
