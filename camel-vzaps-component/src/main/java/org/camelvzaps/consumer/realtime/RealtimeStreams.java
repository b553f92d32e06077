package org.camelvzaps.consumer.realtime;

import java.util.concurrent.ScheduledFuture;

import org.apache.camel.spi.StateRepository;
import org.camelvzaps.client.VZapsClient;
import org.camelvzaps.component.VZapsConfiguration;
import org.camelvzaps.consumer.EventPipeline;
import org.camelvzaps.observe.VZapsObserver;

/** What the instance streams of one realtime consumer share: its options, client, pipeline, cursors and transport. */
interface RealtimeStreams {

    VZapsConfiguration config();

    VZapsClient client();

    EventPipeline pipeline();

    StateRepository<String, String> cursors();

    RealtimeTransport transport();

    /** Where reconnects are reported. */
    default VZapsObserver observer() {
        return VZapsObserver.NONE;
    }

    /** A paced connection attempt after {@code delayMillis} (see {@link RealtimeTransport}); null once stopped. */
    ScheduledFuture<?> scheduleConnect(Runnable attempt, long delayMillis);
}
