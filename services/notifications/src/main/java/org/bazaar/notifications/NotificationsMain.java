package org.bazaar.notifications;

import org.bazaar.notifications.config.NotificationsConfig;
import org.bazaar.platform.launch.ServiceLauncher;

/** Runs the notifications service (port 8087 unless {@code BAZAAR_HTTP_PORT} says otherwise). */
public final class NotificationsMain {

  private NotificationsMain() {
  }

  public static void main(String[] args) {
    ServiceLauncher.run(NotificationsConfig.NAME, NotificationsVerticle::new);
  }
}
