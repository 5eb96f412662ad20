package lectern.testing;

import java.lang.management.ManagementFactory;

/** Bytes the current thread has allocated so far: what decoding a picture costs, whatever the collector does. */
public final class Allocated {
    private Allocated() {
    }

    public static long bytes() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean())
                .getThreadAllocatedBytes(Thread.currentThread().getId());
    }
}
