package org.bazaar.edge.client;

import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;

/** One call to a service: method, internal path with query, the headers to send and an optional body. */
public record ServiceRequest(HttpMethod method, String path, MultiMap headers, Buffer body) {
}
