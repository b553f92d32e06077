package org.camelvzaps.consumer.realtime;

import java.util.concurrent.ScheduledFuture;

import org.apache.camel.spi.StateRepository;
import org.camelvzaps.client.VZapsClient;
import org.camelvzaps.component.VZapsConfiguration;
import org.camelvzaps.consumer.EventPipeline;

/** What the instance streams of one realtime consumer share: its options, client, pipeline, cursors and transport. */
interface RealtimeStreams {

    VZapsConfiguration config();

    VZapsClient client();

    EventPipeline pipeline();

    StateRepository<String, String> cursors();

    RealtimeTransport transport();

    /** Runs {@code task} on the transport's scheduler after {@code delayMillis}; null once the consumer stopped. */
    default ScheduledFuture<?> schedule(Runnable task, long delayMillis) {
        return transport().schedule(task, delayMillis);
    }
}
