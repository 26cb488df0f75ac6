package org.bazaar.platform.tracing;

import java.util.List;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.trace.data.LinkData;
import io.opentelemetry.sdk.trace.samplers.Sampler;
import io.opentelemetry.sdk.trace.samplers.SamplingResult;

/**
 * Leaves the requests of probes and scrapers out of traces: a server span for every {@code /health} probe and
 * {@code /metrics} scrape, several a minute per pod, would bury the shop's own traces and cost a span each.
 * Vert.x sets a request's {@code url.path} before the span starts, so it can be read here.
 */
final class OperationalRequests implements Sampler {

  private static final AttributeKey<String> PATH = AttributeKey.stringKey("url.path");

  private final Sampler shop;

  OperationalRequests(Sampler shop) {
    this.shop = shop;
  }

  static boolean operational(String path) {
    return path != null && (path.equals("/metrics") || path.equals("/health") || path.startsWith("/health/"));
  }

  @Override
  public SamplingResult shouldSample(Context parent, String traceId, String name, SpanKind kind, Attributes attributes,
      List<LinkData> links) {
    if (kind == SpanKind.SERVER && operational(attributes.get(PATH))) {
      return SamplingResult.drop();
    }
    return shop.shouldSample(parent, traceId, name, kind, attributes, links);
  }

  @Override
  public String getDescription() {
    return "OperationalRequests{" + shop.getDescription() + "}";
  }
}
