package org.bazaar.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TopicsTest {

  @Test
  void forType_sendsEachEventToItsAggregateTopic() {
    assertThat(Topics.forType(EventTypes.PRODUCT_UPDATED_V1)).isEqualTo("product.events");
    assertThat(Topics.forType(EventTypes.STOCK_REJECTED_V1)).isEqualTo("stock.events");
    assertThat(Topics.forType(EventTypes.ORDER_PLACED_V1)).isEqualTo("order.events");
    assertThat(Topics.forType(EventTypes.PAYMENT_REQUESTED_V1)).isEqualTo("payment.events");
    assertThat(Topics.forType(EventTypes.USER_REGISTERED_V1)).isEqualTo("user.events");
    assertThat(Topics.forType(EventTypes.PRODUCT_DISCONTINUED_V1)).isEqualTo("product.events");
    assertThat(Topics.forType(EventTypes.REVIEW_POSTED_V1)).isEqualTo("review.events");
    assertThat(EventTypes.all()).allSatisfy(type -> assertThat(Topics.all()).contains(Topics.forType(type)));
  }

  @Test
  void forType_sendsProductViews_toTheBrowsingTopic_notToTheProductTopic() {
    assertThat(Topics.forType(EventTypes.PRODUCT_VIEWED_V1)).isEqualTo(Topics.BROWSING_EVENTS).isEqualTo("browsing.events");
  }

  @Test
  void forType_withAnUnknownType_isRejected() {
    assertThatThrownBy(() -> Topics.forType("org.bazaar.order.shipped.v1"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("org.bazaar.order.shipped.v1");
  }

  @Test
  void deadLetter_isTheGroupNameWithDlq() {
    assertThat(Topics.deadLetter("inventory")).isEqualTo("inventory.dlq");
    assertThatThrownBy(() -> Topics.deadLetter(" ")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void all_listsOneTopicPerAggregate_andTheBrowsingTopic() {
    assertThat(Topics.all()).containsExactly(
        "product.events", "stock.events", "order.events", "payment.events", "user.events", "review.events",
        "browsing.events");
  }
}
