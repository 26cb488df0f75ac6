package org.bazaar.payments.provider;

/** The provider gave an answer that may change if asked again (5xx, 409, 429, a malformed body): retry. */
public final class ProviderFailure extends RuntimeException {
  public ProviderFailure(String message) {
    super(message, null, false, false);
  }
}
