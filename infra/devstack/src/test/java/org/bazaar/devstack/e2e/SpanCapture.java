package org.bazaar.devstack.e2e;

import java.util.Collection;
import java.util.List;

import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;

/**
 * The span exporter of every service in the end-to-end devstack: an in-memory exporter that keeps spans
 * only while a test captures them, so the rest of the suite does not fill the heap with spans.
 */
final class SpanCapture implements SpanExporter {

  private final InMemorySpanExporter memory = InMemorySpanExporter.create();
  private volatile boolean capturing;

  /** Forgets what was kept and keeps every span that ends from now on. */
  void start() {
    memory.reset();
    capturing = true;
  }

  void stop() {
    capturing = false;
    memory.reset();
  }

  List<SpanData> spans() {
    return memory.getFinishedSpanItems();
  }

  @Override
  public CompletableResultCode export(Collection<SpanData> spans) {
    return capturing ? memory.export(spans) : CompletableResultCode.ofSuccess();
  }

  @Override
  public CompletableResultCode flush() {
    return CompletableResultCode.ofSuccess();
  }

  @Override
  public CompletableResultCode shutdown() {
    return CompletableResultCode.ofSuccess();
  }
}
