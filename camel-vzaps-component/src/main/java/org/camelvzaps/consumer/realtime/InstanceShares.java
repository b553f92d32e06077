package org.camelvzaps.consumer.realtime;

import java.util.Optional;

import org.apache.camel.CamelContext;
import org.apache.camel.cluster.CamelClusterService;
import org.apache.camel.support.cluster.ClusterServiceHelper;

/** Picks how a fleet route's instances are shared among the replicas of the application. */
public final class InstanceShares {

    private InstanceShares() {
    }

    /**
     * The share for a fleet route: spread over the replicas by the context's {@code CamelClusterService} when there
     * is one ({@link ClusterInstanceShare}), every instance otherwise.
     *
     * @param namespace the cluster namespace the replicas of this route meet in
     */
    public static InstanceShare of(CamelContext context, String namespace) {
        Optional<CamelClusterService> service = ClusterServiceHelper.lookupService(context);
        return service.<InstanceShare> map(s -> new ClusterInstanceShare(context, s, namespace,
                ClusterInstanceShare.CHECK_MILLIS)).orElseGet(InstanceShare::all);
    }
}
