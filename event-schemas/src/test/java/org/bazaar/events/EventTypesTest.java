package org.bazaar.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EventTypesTest {

  @Test
  void everyType_isReverseDnsPastTense_withTheMajorVersionLast() {
    assertThat(EventTypes.all()).hasSize(17).doesNotHaveDuplicates()
        .allMatch(type -> type.matches("org\\.bazaar\\.[a-z]+\\.[a-z]+ed\\.v[1-9][0-9]*"));
  }

  @Test
  void constants_spellTheirTypes() {
    assertThat(EventTypes.ORDER_PLACED_V1).isEqualTo("org.bazaar.order.placed.v1");
    assertThat(EventTypes.STOCK_COMMITTED_V1).isEqualTo("org.bazaar.stock.committed.v1");
  }

  @Test
  void schemaFileNames_andTypes_mapBothWays() {
    assertThat(SchemaPaths.fileOf(EventTypes.PRODUCT_CREATED_V1)).isEqualTo("catalog/product-created.v1.json");
    assertThat(SchemaPaths.fileOf(EventTypes.USER_REGISTERED_V1)).isEqualTo("identity/user-registered.v1.json");
    assertThat(SchemaPaths.fileOf(EventTypes.PRODUCT_DISCONTINUED_V1)).isEqualTo("catalog/product-discontinued.v1.json");
    assertThat(SchemaPaths.fileOf(EventTypes.REVIEW_POSTED_V1)).isEqualTo("review/review-posted.v1.json");
    assertThat(SchemaPaths.fileOf(EventTypes.PRODUCT_VIEWED_V1)).isEqualTo("browsing/product-viewed.v1.json");
    assertThat(SchemaPaths.fileOf("org.bazaar.product.viewed.v2")).isEqualTo("browsing/product-viewed.v2.json");
    assertThat(EventTypes.all()).allSatisfy(type ->
        assertThat(SchemaPaths.typeOf(SchemaPaths.fileOf(type))).isEqualTo(type));
  }
}
