package org.entente.run;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** The thread pools that compute runs: a fixed number of daemon threads, so a failed command never hangs on exit. */
final class Workers {
    private Workers() { }

    /** A pool of {@code threads} daemon threads named {@code name}. */
    static ExecutorService pool(int threads, String name) {
        return Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }
}
