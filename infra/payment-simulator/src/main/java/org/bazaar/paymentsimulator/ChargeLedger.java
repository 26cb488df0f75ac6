package org.bazaar.paymentsimulator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The simulator's memory, keyed by idempotency key: which key is being answered, how many attempts it had,
 * its final answer, and every charge made. One request at a time owns a key, so a key is charged at most once.
 * Everything is lost when the simulator stops: it is a test double, not a ledger of record.
 */
public final class ChargeLedger {

  private final Map<String, Entry> byKey = new HashMap<>();
  private final List<Charge> charges = new ArrayList<>();

  private static final class Entry {
    private final ChargeRequest request;
    private int attempts;
    private boolean inFlight;
    private Answer answer;

    private Entry(ChargeRequest request) {
      this.request = request;
    }
  }

  /** Presents a key; an {@link Claim.Kind#OWNED} claim must be followed by {@link #settle}. */
  public synchronized Claim claim(String key, ChargeRequest request) {
    Entry entry = byKey.computeIfAbsent(key, k -> new Entry(request));
    if (!entry.request.equals(request)) {
      return Claim.mismatch();
    }
    if (entry.answer != null) {
      return Claim.replay(entry.answer);
    }
    if (entry.inFlight) {
      return Claim.inUse();
    }
    entry.inFlight = true;
    entry.attempts++;
    return Claim.owned(entry.attempts);
  }

  /** Releases an owned key; a final answer is kept for replays, and its charge, if any, is recorded. */
  public synchronized void settle(String key, Answer answer) {
    Entry entry = byKey.get(key);
    if (entry == null || !entry.inFlight) {
      throw new IllegalStateException("key " + key + " is not owned");
    }
    entry.inFlight = false;
    if (answer.isFinal()) {
      entry.answer = answer;
      if (answer.charge() != null) {
        charges.add(answer.charge());
      }
    }
  }

  /** Charges made for one reference, or every charge when {@code reference} is null; oldest first. */
  public synchronized List<Charge> charges(String reference) {
    return charges.stream()
        .filter(c -> reference == null || reference.equals(c.reference()))
        .sorted(Comparator.comparing(Charge::createdAt))
        .toList();
  }
}
