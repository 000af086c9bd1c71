package org.rapport.core.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.rapport.core.demo.DemoDataProvider;

/**
 * The order in which demo data providers load: each after the providers its {@link DemoDataProvider#after()} names
 * (a topological order); among providers free to go, by id, so the order is the same on every start. Names of
 * providers that are not among those given are ignored. Providers in a dependency cycle, and those that wait for
 * them, are not ordered at all but reported.
 *
 * @param order     the providers that can load, in loading order
 * @param unordered ids of the providers caught in or behind a cycle, sorted
 */
record DemoDataOrder(List<DemoDataProvider> order, List<String> unordered) {

    static DemoDataOrder of(Collection<DemoDataProvider> providers) {
        Map<String, DemoDataProvider> byId = new TreeMap<>();
        for (DemoDataProvider provider : providers) {
            byId.putIfAbsent(provider.id(), provider);
        }
        Map<String, Integer> waitingFor = new HashMap<>();
        Map<String, List<String>> dependants = new HashMap<>();
        for (DemoDataProvider provider : byId.values()) {
            int count = 0;
            for (String dependency : provider.after()) {
                if (byId.containsKey(dependency) && !dependency.equals(provider.id())) {
                    dependants.computeIfAbsent(dependency, d -> new ArrayList<>()).add(provider.id());
                    count++;
                } else if (dependency.equals(provider.id())) {
                    count++; // waits for itself: a cycle of one
                }
            }
            waitingFor.put(provider.id(), count);
        }
        // Kahn's algorithm; the TreeMap keeps the providers that are free to go sorted by id
        TreeMap<String, DemoDataProvider> ready = new TreeMap<>();
        waitingFor.forEach((id, count) -> {
            if (count == 0) {
                ready.put(id, byId.get(id));
            }
        });
        List<DemoDataProvider> order = new ArrayList<>();
        while (!ready.isEmpty()) {
            DemoDataProvider next = ready.pollFirstEntry().getValue();
            order.add(next);
            for (String dependant : dependants.getOrDefault(next.id(), List.of())) {
                if (waitingFor.merge(dependant, -1, Integer::sum) == 0) {
                    ready.put(dependant, byId.get(dependant));
                }
            }
        }
        List<String> unordered = byId.keySet().stream().filter(id -> waitingFor.get(id) > 0).toList();
        return new DemoDataOrder(List.copyOf(order), unordered);
    }
}
