package org.bazaar.payments;

/** What an HTTP status from the payment provider means for the payment, and whether asking again can help. */
public enum ProviderVerdict {
  /** 200/201: charged. */
  AUTHORIZED,
  /** 402: the provider said no; asking again gives the same answer. */
  DECLINED,
  /** Any other 4xx but 408, 409 and 429: the provider refused this request; asking again cannot help. */
  REJECTED,
  /** 408, 409 (the key is still being processed), 429, 5xx and anything unexpected: try again. */
  RETRY;

  public static ProviderVerdict of(int status) {
    if (status == 200 || status == 201) {
      return AUTHORIZED;
    }
    if (status == 402) {
      return DECLINED;
    }
    if (status >= 400 && status < 500 && status != 408 && status != 409 && status != 429) {
      return REJECTED;
    }
    return RETRY;
  }
}
