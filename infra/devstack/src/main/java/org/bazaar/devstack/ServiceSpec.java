package org.bazaar.devstack;

import org.bazaar.platform.launch.ServiceFactory;

/** One service the devstack runs: its name, devstack port, whether it owns a database, and how to build it. */
record ServiceSpec(String name, int port, boolean ownsDatabase, boolean consumesEvents, ServiceFactory factory) {
}
