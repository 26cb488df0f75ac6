package org.bazaar.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MessageIdsTest {

  @Test
  void theEventId_becomesTheLocalPart_andTheSendersDomainTheRightPart() {
    assertThat(MessageIds.forEvent("5f0c1f2e-2a4b-4c6d-8e9f-0a1b2c3d4e5f", "shop@bazaar.local"))
        .isEqualTo("<5f0c1f2e-2a4b-4c6d-8e9f-0a1b2c3d4e5f@bazaar.local>");
  }

  @Test
  void oneEvent_alwaysGetsTheSameId_andTwoEventsTwoIds() {
    assertThat(MessageIds.forEvent("e-1", "shop@bazaar.local"))
        .isEqualTo(MessageIds.forEvent("e-1", "shop@bazaar.local"))
        .isNotEqualTo(MessageIds.forEvent("e-2", "shop@bazaar.local"));
  }

  @Test
  void aSenderWithADisplayName_givesItsAddressesDomain() {
    assertThat(MessageIds.forEvent("e-1", "Bazaar Shop <Shop@Mail.Example.COM>")).isEqualTo("<e-1@mail.example.com>");
  }

  @Test
  void charactersAMessageIdCannotCarry_areReplaced() {
    assertThat(MessageIds.forEvent("a b<c>@d", "shop@bazaar.local")).isEqualTo("<a-b-c--d@bazaar.local>");
  }
}
