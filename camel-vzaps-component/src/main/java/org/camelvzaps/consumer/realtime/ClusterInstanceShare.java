package org.camelvzaps.consumer.realtime;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.camel.CamelContext;
import org.apache.camel.cluster.CamelClusterEventListener;
import org.apache.camel.cluster.CamelClusterMember;
import org.apache.camel.cluster.CamelClusterService;
import org.apache.camel.cluster.CamelClusterView;
import org.camelvzaps.client.VZapsConfigurationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A fleet route's share when the context has a {@link CamelClusterService}: every replica joins the cluster view of
 * the route's namespace, and the live members of that view split the instances among themselves by
 * {@link InstanceAssignment} (each computes the same split, nothing else is exchanged). The members are read when the
 * cluster service reports a membership change, and every {@code checkMillis} as well, since not every cluster
 * service reports them (ZooKeeper's does not); when they changed, the listeners reconcile the sockets. A replica that
 * does not see itself among the members (not joined yet, or cut off from the cluster) holds nothing: the others take
 * its instances once the cluster service has given up on it.
 */
final class ClusterInstanceShare implements InstanceShare, CamelClusterEventListener.Membership {

    static final long CHECK_MILLIS = 2000;
    private static final Logger LOG = LoggerFactory.getLogger(ClusterInstanceShare.class);

    private final CamelContext context;
    private final CamelClusterService service;
    private final String namespace;
    private final long checkMillis;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private volatile CamelClusterView view;
    private volatile Set<String> members = Set.of();
    private volatile String local;
    private ScheduledExecutorService checks;

    ClusterInstanceShare(CamelContext context, CamelClusterService service, String namespace, long checkMillis) {
        this.context = context;
        this.service = service;
        this.namespace = namespace;
        this.checkMillis = checkMillis;
    }

    @Override
    public Set<String> share(Collection<String> all) {
        String me = local;
        Set<String> live = members;
        if (me == null || !live.contains(me)) {
            return Set.of();
        }
        return InstanceAssignment.shareOf(me, all, live);
    }

    @Override
    public void onChange(Runnable listener) {
        listeners.add(listener);
    }

    @Override
    public synchronized void start() {
        if (view != null) {
            return;
        }
        try {
            view = service.getView(namespace);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("The cluster service " + service.getId() + " could not give the view "
                    + namespace + " the realtime route's replicas share: " + e.getMessage(), e);
        }
        local = view.getLocalMember().getId();
        if (local == null || local.isBlank()) {
            leave();
            throw new VZapsConfigurationException("The cluster service in the context has no member id, so the "
                    + "replicas of the fleet route cannot tell each other apart: give each replica its own id (e.g. the "
                    + "host name: setId on the cluster service, or its id property)");
        }
        view.addEventListener(this);
        checks = context.getExecutorServiceManager().newSingleThreadScheduledExecutor(this, "VZapsInstanceShare");
        checks.scheduleWithFixedDelay(this::refresh, 0, checkMillis, TimeUnit.MILLISECONDS);
        LOG.info("VZaps realtime: sharing the instances with the replicas in the cluster view {} as member {}",
                namespace, local);
    }

    @Override
    public synchronized void stop() {
        if (view == null) {
            return;
        }
        context.getExecutorServiceManager().shutdownNow(checks);
        checks = null;
        view.removeEventListener(this);
        leave();
        members = Set.of();
    }

    private void leave() {
        try {
            service.releaseView(view);
        } catch (Exception e) {
            LOG.warn("VZaps realtime: could not leave the cluster view {}: {}", namespace, e.toString());
        }
        view = null;
    }

    @Override
    public void memberAdded(CamelClusterView changed, CamelClusterMember member) {
        refresh();
    }

    @Override
    public void memberRemoved(CamelClusterView changed, CamelClusterMember member) {
        refresh();
    }

    /** The live members (sorted ids) as of now; this replica is among them when it holds a share. */
    Set<String> members() {
        return members;
    }

    /** Reads the view's members; when they changed, tells the listeners. */
    void refresh() {
        CamelClusterView current = view;
        if (current == null) {
            return;
        }
        Set<String> now = new TreeSet<>();
        try {
            for (CamelClusterMember member : current.getMembers()) {
                if (member.getId() != null) {
                    now.add(member.getId());
                }
            }
        } catch (RuntimeException e) {
            if (!members.isEmpty()) {
                LOG.warn("VZaps realtime: cannot read the members of the cluster view {} ({}): holding no instance "
                        + "until it can", namespace, e.toString());
            }
            now.clear();
        }
        synchronized (this) {
            if (now.equals(members) || view != current) {
                return;
            }
            members = Set.copyOf(now);
        }
        LOG.info("VZaps realtime: the replicas of {} are now {}{}", namespace, now,
                now.contains(local) ? "" : " (this one, " + local + ", is not among them yet: it holds no instance)");
        listeners.forEach(listener -> {
            try {
                listener.run();
            } catch (RuntimeException e) {
                LOG.warn("VZaps realtime: reconciling the sockets after a membership change failed", e);
            }
        });
    }
}
