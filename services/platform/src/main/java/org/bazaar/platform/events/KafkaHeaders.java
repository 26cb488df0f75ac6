package org.bazaar.platform.events;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import io.vertx.kafka.client.consumer.KafkaConsumerRecord;
import io.vertx.kafka.client.producer.KafkaHeader;

/** Maps an {@link EventEnvelope} to and from CloudEvents binary-mode Kafka headers. */
public final class KafkaHeaders {

  public static final String CONTENT_TYPE = "content-type";
  public static final String TRACEPARENT = "traceparent";

  private KafkaHeaders() {
  }

  public static List<KafkaHeader> toHeaders(EventEnvelope event) {
    List<KafkaHeader> headers = new ArrayList<>();
    headers.add(KafkaHeader.header("ce_specversion", EventEnvelope.SPEC_VERSION));
    headers.add(KafkaHeader.header("ce_id", event.id()));
    headers.add(KafkaHeader.header("ce_source", event.source()));
    headers.add(KafkaHeader.header("ce_type", event.type()));
    headers.add(KafkaHeader.header("ce_time", event.time().toString()));
    headers.add(KafkaHeader.header("ce_subject", event.subject()));
    if (event.dataSchema() != null) {
      headers.add(KafkaHeader.header("ce_dataschema", event.dataSchema()));
    }
    headers.add(KafkaHeader.header(CONTENT_TYPE, "application/json"));
    if (event.traceparent() != null) {
      headers.add(KafkaHeader.header(TRACEPARENT, event.traceparent()));
    }
    return headers;
  }

  /** Reads an event from a consumed record, or throws {@link MalformedEventException} saying what is wrong. */
  public static EventEnvelope fromRecord(KafkaConsumerRecord<String, Buffer> record) {
    Map<String, String> headers = new HashMap<>();
    for (KafkaHeader header : record.headers()) {
      headers.put(header.key(), header.value() == null ? null : header.value().toString(StandardCharsets.UTF_8));
    }
    String specVersion = require(headers, "ce_specversion");
    if (!EventEnvelope.SPEC_VERSION.equals(specVersion)) {
      throw new UnsupportedVersionException("unsupported ce_specversion " + specVersion);
    }
    String contentType = headers.get(CONTENT_TYPE);
    if (contentType != null && !contentType.startsWith("application/json")) {
      throw new MalformedEventException("unsupported content-type " + contentType);
    }
    if (record.value() == null) {
      throw new MalformedEventException("record has no value");
    }
    JsonObject data;
    try {
      data = new JsonObject(record.value());
    } catch (DecodeException | ClassCastException e) {
      throw new MalformedEventException("value is not a JSON object: " + e.getMessage());
    }
    Instant time;
    try {
      time = Instant.parse(require(headers, "ce_time"));
    } catch (DateTimeParseException e) {
      throw new MalformedEventException("ce_time is not an RFC 3339 timestamp");
    }
    String subject = headers.getOrDefault("ce_subject", record.key());
    if (subject == null) {
      throw new MalformedEventException("record has neither a key nor ce_subject");
    }
    return new EventEnvelope(require(headers, "ce_id"), require(headers, "ce_type"), require(headers, "ce_source"),
        time, headers.get("ce_dataschema"), subject, headers.get(TRACEPARENT), data);
  }

  private static String require(Map<String, String> headers, String name) {
    String value = headers.get(name);
    if (value == null || value.isBlank()) {
      throw new MalformedEventException("missing header " + name);
    }
    return value;
  }
}
