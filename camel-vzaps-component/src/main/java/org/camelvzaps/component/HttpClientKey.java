package org.camelvzaps.component;

import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The values of the options marked {@link ClientSetting}: endpoints with equal keys share one {@code VZapsClient},
 * hence one connection pool and one JWT cache. Plain values (text, numbers, flags) compare by value; beans (TLS
 * parameters, hostname verifier, client configurer) by identity, since two distinct beans are two setups. Never
 * printed: it holds the credentials.
 */
final class HttpClientKey {

    private static final List<Field> SETTINGS = Arrays.stream(VZapsConfiguration.class.getDeclaredFields())
            .filter(f -> f.isAnnotationPresent(ClientSetting.class)).peek(f -> f.setAccessible(true)).toList();

    private final Object[] values;

    private HttpClientKey(Object[] values) {
        this.values = values;
    }

    static HttpClientKey of(VZapsConfiguration configuration) {
        Object[] values = new Object[SETTINGS.size()];
        for (int i = 0; i < values.length; i++) {
            try {
                values[i] = SETTINGS.get(i).get(configuration);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        return new HttpClientKey(values);
    }

    /** The names of the options that shape a client, in declaration order. */
    static List<String> settingNames() {
        return SETTINGS.stream().map(Field::getName).toList();
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof HttpClientKey other)) {
            return false;
        }
        for (int i = 0; i < values.length; i++) {
            Object a = values[i];
            Object b = other.values[i];
            if (byValue(a) ? !Objects.equals(a, b) : a != b) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int hash = 1;
        for (Object value : values) {
            hash = 31 * hash + (byValue(value) ? Objects.hashCode(value) : System.identityHashCode(value));
        }
        return hash;
    }

    private static boolean byValue(Object value) {
        return value == null || value instanceof CharSequence || value instanceof Number || value instanceof Boolean
               || value instanceof Enum<?>;
    }

    @Override
    public String toString() {
        return "HttpClientKey[" + values.length + " settings]";
    }
}
