package org.camelvzaps.examples;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.camelvzaps.examples.DemoReport.Status;
import org.camelvzaps.examples.DemoReport.StepResult;

/**
 * Runs an example's steps one after the other, each bounded by a timeout on a thread of its own, and prints one line
 * per step: {@code [n/total] name ...... STATUS detail}. Once a step failed, no other runs.
 */
final class StepRunner implements AutoCloseable {

    private final List<String> names;
    private final PrintStream out;
    private final int nameWidth;
    private final List<StepResult> results = new ArrayList<>();
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "example-step");
        t.setDaemon(true);
        return t;
    });

    StepRunner(List<String> names, PrintStream out) {
        this.names = names;
        this.out = out;
        this.nameWidth = names.stream().mapToInt(String::length).max().orElse(0) + 4;
    }

    /** Runs the step (unless one failed before) and tells whether it passed. */
    boolean run(String name, Duration timeout, Callable<String> body) {
        if (failed()) {
            return false;
        }
        int number = names.indexOf(name) + 1;
        if (number == 0) {
            throw new IllegalArgumentException("not a step: " + name);
        }
        Future<String> future = executor.submit(body);
        StepResult result;
        try {
            result = new StepResult(number, name, Status.OK, future.get(timeout.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            future.cancel(true);
            result = new StepResult(number, name, Status.FAILED, "timed out after " + timeout.toSeconds() + " s");
        } catch (ExecutionException e) {
            result = new StepResult(number, name, Status.FAILED, OnboardingDemo.message(e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            future.cancel(true);
            result = new StepResult(number, name, Status.FAILED, "interrupted");
        }
        print(result);
        return result.status() == Status.OK;
    }

    /** Records a failure outside any step (startup). */
    void failOutside(String what, Throwable e) {
        StepResult result = new StepResult(0, what, Status.FAILED, OnboardingDemo.message(e));
        results.add(result);
        out.println("[" + what + "] FAILED  " + result.detail());
        out.flush();
    }

    boolean failed() {
        return results.stream().anyMatch(r -> r.status() == Status.FAILED);
    }

    List<StepResult> results() {
        return List.copyOf(results);
    }

    private void print(StepResult result) {
        results.add(result);
        String dots = " " + ".".repeat(Math.max(2, nameWidth - result.name().length())) + " ";
        String number = String.format("%" + String.valueOf(names.size()).length() + "d", result.number());
        out.println("[" + number + "/" + names.size() + "] " + result.name() + dots
                    + String.format("%-7s", result.status()) + " " + result.detail());
        out.flush();
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
