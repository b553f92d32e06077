package org.camelvzaps.examples;

import java.util.List;
import java.util.Optional;

import org.camelvzaps.examples.DemoSettings.Events;
import org.camelvzaps.model.event.VZapsEvent;

/**
 * What one demo run did: the result of every step it ran, the events its event route received, and the ids it
 * worked with. {@link #exitCode()} is the process exit status {@code main} ends with.
 *
 * @param mode             how the events came in: the webhook or the realtime route
 * @param steps            the steps run, in order (a failed step is the last one)
 * @param events           every event the event route received
 * @param instanceId       the instance created, null if creation failed
 * @param messageId        the id of the message sent, null if not sent
 * @param sentText         the text sent
 * @param eventRouteSource where the event route (webhook or realtime) was defined (a Java class or a YAML resource)
 * @param sendRouteSource  where the send-text route was defined
 */
public record DemoReport(Events mode, List<StepResult> steps, List<VZapsEvent> events, String instanceId,
                         String messageId, String sentText, String eventRouteSource, String sendRouteSource) {

    /** How one step ended. */
    public enum Status { OK, SKIPPED, FAILED }

    /** One step line: {@code [n/total] name ... STATUS detail}. */
    public record StepResult(int number, String name, Status status, String detail) {
    }

    /** The step that failed, if one did. */
    public Optional<StepResult> failedStep() {
        return steps.stream().filter(s -> s.status() == Status.FAILED).findFirst();
    }

    /** True when every step ran and none failed (skipped steps are announced, not failures). */
    public boolean passed() {
        return failedStep().isEmpty() && steps.size() == OnboardingDemo.STEP_COUNT;
    }

    public int exitCode() {
        return passed() ? 0 : 1;
    }
}
