package org.bazaar.platform.deadletters;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.vertx.core.buffer.Buffer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Header;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.bazaar.platform.http.HttpProblem;
import org.bazaar.platform.outbox.ProducerSettings;

/**
 * Puts a dead letter back on its original topic (same key, payload and headers, without the {@code dlq_*}
 * ones) with the platform's idempotent {@code acks=all} producer settings, then writes its {@link ReplayMark}.
 * The copy goes first: if the mark cannot be written the record may be replayed again, which consumers' inboxes
 * absorb (same event id), whereas a mark without a copy would lose the event. Blocking; run it on a worker thread.
 */
final class Replayer implements AutoCloseable {

  private static final Logger LOG = LogManager.getLogger(Replayer.class);
  private static final long SEND_TIMEOUT_MS = 15_000;

  private final KafkaProducer<String, Buffer> producer;

  Replayer(String bootstrapServers) {
    Map<String, String> settings = new HashMap<>(ProducerSettings.idempotent(Map.of("bootstrap.servers",
        bootstrapServers)));
    producer = new KafkaProducer<>(new HashMap<>(settings));
  }

  ReplayMark replay(ConsumerRecord<String, byte[]> deadLetter, String toTopic, Integer toPartition, String by)
      throws Exception {
    ProducerRecord<String, Buffer> copy = new ProducerRecord<>(toTopic, deadLetter.key() == null ? toPartition : null,
        deadLetter.key(), deadLetter.value() == null ? null : Buffer.buffer(deadLetter.value()));
    for (Header header : deadLetter.headers()) {
      if (!header.key().startsWith(DeadLetterRecord.DLQ_HEADER_PREFIX)) {
        copy.headers().add(header);
      }
    }
    RecordMetadata sent = producer.send(copy).get(SEND_TIMEOUT_MS, TimeUnit.MILLISECONDS);
    ReplayMark mark = new ReplayMark(deadLetter.topic(), deadLetter.partition(), deadLetter.offset(), Instant.now(),
        by, sent.topic(), sent.partition(), sent.offset());
    try {
      producer.send(new ProducerRecord<>(ReplayLog.TOPIC, mark.key(), Buffer.buffer(mark.toJson().encode())))
          .get(SEND_TIMEOUT_MS, TimeUnit.MILLISECONDS);
    } catch (Exception e) {
      LOG.error("dead letter {} was replayed to {}-{}@{} but could not be marked: {}", mark.key(), mark.toTopic(),
          mark.toPartition(), mark.toOffset(), e.toString());
      throw HttpProblem.unavailable("The record was replayed to " + mark.toTopic() + "-" + mark.toPartition() + "@"
          + mark.toOffset() + " but could not be marked as replayed; consumers skip a second copy by its event id.");
    }
    return mark;
  }

  @Override
  public void close() {
    producer.close(Duration.ofSeconds(2));
  }
}
