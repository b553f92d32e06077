package org.camelvzaps.benchmarks;

import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.camel.impl.DefaultCamelContext;
import org.camelvzaps.observe.ComponentObservers;
import org.camelvzaps.observe.VZapsObserver;
import org.camelvzaps.observe.VZapsStats;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What reporting one API call costs the producer's hot path, in-process and without HTTP (so a busy machine does
 * not drown it): the component's observer as the client calls it after each call, without a MeterRegistry (the
 * console's counts only) and with one (the counts plus the {@code vzaps.calls} timer). Compare with the ~240 µs of a
 * whole getStatus call ({@link ProducerBenchmark}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ObserverOverhead {

    @Param({"no-registry", "registry"})
    public String setup;

    private VZapsObserver observer;

    @Setup
    public void setUp() {
        DefaultCamelContext context = new DefaultCamelContext();
        if ("registry".equals(setup)) {
            context.getRegistry().bind("meters", MeterRegistry.class, new SimpleMeterRegistry());
        }
        observer = ComponentObservers.of(context, new VZapsStats(), false);
    }

    @Benchmark
    public void reportACall() {
        observer.call("getStatus", ApiStub.INSTANCE_ID, VZapsObserver.SUCCESS, 200, 240_000);
    }
}
