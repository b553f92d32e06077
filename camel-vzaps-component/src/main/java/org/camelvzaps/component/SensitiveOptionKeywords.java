package org.camelvzaps.component;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.camel.CamelContext;
import org.apache.camel.ExtendedCamelContext;
import org.apache.camel.spi.ContextServicePlugin;
import org.apache.camel.spi.UriParam;
import org.apache.camel.util.SensitiveUtils;

/**
 * Teaches Camel the component's secret option names, so its start-up summaries (Camel Main's auto-configuration and
 * property-placeholder summaries, {@code camel run}, the dev consoles) print {@code xxxxxx} instead of their values.
 * Camel masks a property when the last segment of its key, lower-cased without dashes, is one of its sensitive words;
 * its built-in list knows {@code clientSecret} and the proxy credentials but not {@code clientToken},
 * {@code instanceToken} or {@code webhookSecret}. So {@code camel.component.vzaps.client-token} and a placeholder
 * such as {@code vzaps.webhook-secret} are masked once these words are added to Camel's additional sensitive keywords.
 * <p>
 * The words are the options marked {@code secret = true} in {@link VZapsConfiguration}, so a new secret option is
 * masked without a change here. Registered twice, both idempotent and both keeping what is already there: as a
 * {@link ContextServicePlugin} (found through {@code META-INF/services}, loaded when any Camel context is built, before
 * anything is printed), and again when the component initialises, in case the application set
 * {@code camel.main.additional-sensitive-keywords} in between (Camel Main replaces the list with the user's).
 */
public final class SensitiveOptionKeywords implements ContextServicePlugin {

    /** The secret options Camel does not already mask, lower-cased as Camel compares them. */
    static final List<String> KEYWORDS = keywords();

    @Override
    public void load(CamelContext context) {
        register(context);
    }

    /** Adds {@link #KEYWORDS} to the context's additional sensitive keywords, keeping those already set. */
    static void register(CamelContext context) {
        ExtendedCamelContext extension = context.getCamelContextExtension();
        String current = extension.getAdditionalSensitiveKeywords();
        Set<String> words = new LinkedHashSet<>();
        if (current != null && !current.isBlank()) {
            for (String word : current.split(",")) {
                if (!word.isBlank()) {
                    words.add(word.trim());
                }
            }
        }
        Set<String> lowerCase = new LinkedHashSet<>();
        words.forEach(word -> lowerCase.add(word.toLowerCase(Locale.ENGLISH)));
        boolean changed = false;
        for (String keyword : KEYWORDS) {
            if (!lowerCase.contains(keyword)) {
                words.add(keyword);
                changed = true;
            }
        }
        if (changed) {
            extension.setAdditionalSensitiveKeywords(String.join(",", words));
        }
    }

    private static List<String> keywords() {
        List<String> keywords = new ArrayList<>();
        for (Field field : VZapsConfiguration.class.getDeclaredFields()) {
            UriParam param = field.getAnnotation(UriParam.class);
            if (param != null && param.secret()) {
                String name = (param.name().isEmpty() ? field.getName() : param.name()).toLowerCase(Locale.ENGLISH);
                if (!SensitiveUtils.getSensitiveKeys().contains(name)) {
                    keywords.add(name);
                }
            }
        }
        return List.copyOf(keywords);
    }
}
