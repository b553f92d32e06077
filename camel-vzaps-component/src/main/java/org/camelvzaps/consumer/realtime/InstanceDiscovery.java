package org.camelvzaps.consumer.realtime;

import java.util.LinkedHashSet;
import java.util.Set;

import org.camelvzaps.client.VZapsCall;
import org.camelvzaps.client.VZapsClient;
import org.camelvzaps.client.VZapsOperation;
import org.camelvzaps.model.instance.Instance;
import org.camelvzaps.model.instance.InstanceList;
import org.camelvzaps.model.instance.ListInstancesRequest;

/**
 * {@code instanceIds=*}: the ids of every instance of the account, read with {@code listInstances} (JWT), page after
 * page, {@value #PAGE_SIZE} a page, until the last page (at most {@value #MAX_PAGES} pages, or a page with nothing new).
 */
final class InstanceDiscovery {

    static final int PAGE_SIZE = 100;
    static final int MAX_PAGES = 1000;

    private InstanceDiscovery() {
    }

    static Set<String> instanceIds(VZapsClient client) {
        Set<String> ids = new LinkedHashSet<>();
        for (int page = 1; page <= MAX_PAGES; page++) {
            InstanceList list = client.call(new VZapsCall(VZapsOperation.listInstances, java.util.Map.of(),
                    null, ListInstancesRequest.of(page, PAGE_SIZE))).body(InstanceList.class);
            int before = ids.size();
            for (Instance instance : list.content()) {
                if (instance.id() != null && !instance.id().isBlank()) {
                    ids.add(instance.id());
                }
            }
            boolean last = list.content().isEmpty() || ids.size() == before
                           || list.totalPages() != null && page >= list.totalPages()
                           || list.totalPages() == null && list.content().size() < PAGE_SIZE;
            if (last) {
                break;
            }
        }
        return ids;
    }
}
