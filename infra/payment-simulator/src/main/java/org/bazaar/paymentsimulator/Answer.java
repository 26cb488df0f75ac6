package org.bazaar.paymentsimulator;

/**
 * What the provider answered to one charge attempt: 201 with a charge, 402 with a decline code, or 503. Only
 * 201 and 402 are final: a repeat of the same idempotency key gets that same answer again.
 */
public record Answer(int status, Charge charge, String code) {

  public static final String CARD_DECLINED = "card_declined";
  public static final String INVALID_TOKEN = "invalid_token";
  public static final String TEMPORARILY_UNAVAILABLE = "temporarily_unavailable";

  public static Answer authorized(Charge charge) {
    return new Answer(201, charge, null);
  }

  public static Answer declined(String code) {
    return new Answer(402, null, code);
  }

  public static Answer unavailable() {
    return new Answer(503, null, TEMPORARILY_UNAVAILABLE);
  }

  public boolean isFinal() {
    return status == 201 || status == 402;
  }
}
