package org.bazaar.reviews;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AuthorTest {

  @Test
  void theAuthor_isTheUsersName() {
    assertThat(Author.of("Ada Lovelace")).isEqualTo("Ada Lovelace");
    assertThat(Author.of("  Ada  ")).isEqualTo("Ada");
  }

  @Test
  void aUserWhoseNameIsNotKnownYet_isACustomer() {
    assertThat(Author.of(null)).isEqualTo("a customer");
    assertThat(Author.of("   ")).isEqualTo("a customer");
  }

  @Test
  void aLongName_isCutTo100Characters_withoutSplittingOne() {
    assertThat(Author.of("x".repeat(150))).isEqualTo("x".repeat(100));
    String emoji = "\uD83D\uDE00";
    String cut = Author.of(emoji.repeat(120));
    assertThat(cut.codePointCount(0, cut.length())).isEqualTo(100);
    assertThat(cut).isEqualTo(emoji.repeat(100));
  }

  @Test
  void aStoredReview_showsTheRegisteredNameOnceItIsKnown() {
    assertThat(Author.shown("a customer", null)).isEqualTo("a customer");
    assertThat(Author.shown("a customer", "Grace")).isEqualTo("Grace");
    assertThat(Author.shown("Grace", "Grace")).isEqualTo("Grace");
  }
}
