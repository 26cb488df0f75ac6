package org.bazaar.platform.deadletters;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import io.vertx.core.buffer.Buffer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.OutOfOrderSequenceException;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.apache.kafka.common.header.Header;
import org.bazaar.platform.outbox.ProducerSettings;

/**
 * Puts a dead letter back on its original topic (same key, payload and headers, without the {@code dlq_*}
 * ones) and writes its {@link ReplayMark} in one Kafka transaction: consumers read committed records only,
 * so either both the copy and the mark exist or neither does. Blocking; run it on a worker thread.
 */
final class Replayer implements AutoCloseable {

  private static final long SEND_TIMEOUT_MS = 15_000;

  private final Map<String, String> settings;
  private KafkaProducer<String, Buffer> producer;

  /** @param transactionalId one per process: a restarted process with the same id aborts what its predecessor left open */
  Replayer(String bootstrapServers, String transactionalId) {
    Map<String, String> base = new HashMap<>();
    base.put("bootstrap.servers", bootstrapServers);
    base.put("transactional.id", transactionalId);
    // a transaction left open by a crash holds back read_committed consumers of the partition until it times out
    base.put("transaction.timeout.ms", "10000");
    this.settings = ProducerSettings.idempotent(base);
  }

  ReplayMark replay(ConsumerRecord<String, byte[]> deadLetter, String toTopic, Integer toPartition, String by)
      throws Exception {
    KafkaProducer<String, Buffer> producer = producer();
    ProducerRecord<String, Buffer> copy = new ProducerRecord<>(toTopic, deadLetter.key() == null ? toPartition : null,
        deadLetter.key(), deadLetter.value() == null ? null : Buffer.buffer(deadLetter.value()));
    for (Header header : deadLetter.headers()) {
      if (!header.key().startsWith(DeadLetterRecord.DLQ_HEADER_PREFIX)) {
        copy.headers().add(header);
      }
    }
    try {
      producer.beginTransaction();
      RecordMetadata sent = producer.send(copy).get(SEND_TIMEOUT_MS, TimeUnit.MILLISECONDS);
      ReplayMark mark = new ReplayMark(deadLetter.topic(), deadLetter.partition(), deadLetter.offset(), Instant.now(),
          by, sent.topic(), sent.partition(), sent.offset());
      producer.send(new ProducerRecord<>(ReplayLog.TOPIC, mark.key(), Buffer.buffer(mark.toJson().encode())))
          .get(SEND_TIMEOUT_MS, TimeUnit.MILLISECONDS);
      producer.commitTransaction();
      return mark;
    } catch (Exception e) {
      abort(e);
      throw e;
    }
  }

  private KafkaProducer<String, Buffer> producer() {
    if (producer == null) {
      KafkaProducer<String, Buffer> created = new KafkaProducer<>(new HashMap<>(settings));
      try {
        created.initTransactions();
      } catch (KafkaException e) {
        created.close();
        throw e;
      }
      producer = created;
    }
    return producer;
  }

  /** Aborts the open transaction; a producer that cannot go on (fenced, broken sequence) is replaced next time. */
  private void abort(Exception failure) {
    Throwable cause = failure instanceof ExecutionException ? failure.getCause() : failure;
    boolean fatal = cause instanceof ProducerFencedException || cause instanceof OutOfOrderSequenceException
        || cause instanceof AuthorizationException;
    if (!fatal) {
      try {
        producer.abortTransaction();
        return;
      } catch (KafkaException e) {
        // fall through: start again with a new producer
      }
    }
    close();
  }

  @Override
  public void close() {
    if (producer != null) {
      producer.close(java.time.Duration.ofSeconds(2));
      producer = null;
    }
  }
}
