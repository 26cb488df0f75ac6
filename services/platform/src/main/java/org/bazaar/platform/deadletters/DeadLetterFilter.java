package org.bazaar.platform.deadletters;

import java.util.Locale;

/**
 * Which dead letters an operator means: any of original topic, event type, a piece of the reason
 * (case-insensitive) and whether they were replayed already; a null part matches everything.
 */
public record DeadLetterFilter(String originalTopic, String type, String reason, Boolean replayed) {

  public static final DeadLetterFilter ALL = new DeadLetterFilter(null, null, null, null);

  public boolean matches(DeadLetterRecord record) {
    return (originalTopic == null || originalTopic.equals(record.originalTopic()))
        && (type == null || type.equals(record.type()))
        && (reason == null || (record.reason() != null
            && record.reason().toLowerCase(Locale.ROOT).contains(reason.toLowerCase(Locale.ROOT))))
        && (replayed == null || replayed == (record.replay() != null));
  }
}
