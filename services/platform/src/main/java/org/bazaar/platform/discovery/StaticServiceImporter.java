package org.bazaar.platform.discovery;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.servicediscovery.spi.ServiceImporter;
import io.vertx.servicediscovery.spi.ServicePublisher;
import io.vertx.servicediscovery.types.HttpEndpoint;

/**
 * Publishes one HTTP endpoint record per entry of its configuration ({@code {"catalog": "http://host:port"}}):
 * how services are found on one machine, where there is no registry to import from.
 */
final class StaticServiceImporter implements ServiceImporter {

  @Override
  public void start(Vertx vertx, ServicePublisher publisher, JsonObject configuration, Promise<Void> done) {
    List<Future<?>> published = new ArrayList<>();
    for (String name : configuration.fieldNames()) {
      URI uri = URI.create(configuration.getString(name));
      boolean ssl = "https".equals(uri.getScheme());
      int port = uri.getPort() > 0 ? uri.getPort() : (ssl ? 443 : 80);
      published.add(publisher.publish(HttpEndpoint.createRecord(name, ssl, uri.getHost(), port, "/",
          new JsonObject().put(Discovery.SERVICE_KEY, name))));
    }
    Future.all(published).<Void>mapEmpty().onComplete(done);
  }
}
