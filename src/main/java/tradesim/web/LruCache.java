package tradesim.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A small map that forgets the least recently used entry beyond its capacity; safe across threads. */
final class LruCache<K, V> {

    private final Map<K, V> map;

    LruCache(int capacity) {
        this.map = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized Optional<V> get(K key) {
        return Optional.ofNullable(map.get(key));
    }

    synchronized void put(K key, V value) {
        map.put(key, value);
    }

    synchronized int size() {
        return map.size();
    }
}
