package org.camelvzaps.component;

import java.util.List;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.spi.ExchangeFormatter;
import org.apache.camel.spi.Tracer;
import org.camelvzaps.client.SecretScrubber;

/**
 * Hides the value of {@code CamelVZapsInstanceToken} in Camel's tracer lines. Camel's tracer prints every header and
 * does not apply log masking ({@code camel.main.log-mask} only covers the Log EIP and the log component), so a token
 * set as a header before a {@code vzaps:} step would otherwise be printed in clear on each step it passes.
 */
final class SecretHeaderMasking implements ExchangeFormatter {

    private final ExchangeFormatter delegate;

    private SecretHeaderMasking(ExchangeFormatter delegate) {
        this.delegate = delegate;
    }

    /**
     * Wraps the context's tracer formatter once, whichever vzaps component comes first, when the context starts (or
     * at once if it has started): only then are the tracing settings final, and asking for the tracer earlier would
     * create it with the settings of that moment.
     */
    static void installOnTracer(CamelContext context) throws Exception {
        if (context.getStatus().isStarting() || context.getStatus().isStarted()) {
            // created while the context starts (its routes are being built): the settings are final, and the
            // startup listeners may already have run
            wrapIfTracing(context);
        }
        context.addStartupListener((ctx, alreadyStarted) -> wrapIfTracing(ctx));
    }

    private static void wrapIfTracing(CamelContext context) {
        if (Boolean.TRUE.equals(context.isTracing()) || Boolean.TRUE.equals(context.isTracingStandby())) {
            wrap(context.getTracer());
        }
    }

    private static void wrap(Tracer tracer) {
        if (tracer == null) {
            return;
        }
        ExchangeFormatter current = tracer.getExchangeFormatter();
        if (current != null && !(current instanceof SecretHeaderMasking)) {
            tracer.setExchangeFormatter(new SecretHeaderMasking(current));
        }
    }

    @Override
    public String format(Exchange exchange) {
        String text = delegate.format(exchange);
        Object token = exchange.getMessage().getHeader(VZapsConstants.INSTANCE_TOKEN);
        return token instanceof String value ? SecretScrubber.scrub(text, List.of(value)) : text;
    }
}
