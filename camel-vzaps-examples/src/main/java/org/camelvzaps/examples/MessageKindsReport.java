package org.camelvzaps.examples;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camelvzaps.examples.DemoReport.Status;
import org.camelvzaps.examples.DemoReport.StepResult;
import org.camelvzaps.model.event.VZapsEvent;

/**
 * What one run of the message-kinds example did. {@link #exitCode()} is the status {@code main} exits with.
 *
 * @param steps        the steps run, in order (a failed step is the last one)
 * @param events       every event the webhook route received
 * @param instanceId   the instance created, null if creation failed
 * @param messageIds   the id each step sent or acted on, by step name
 * @param downloaded   the file the webhook route wrote for the incoming image, null if none
 * @param routeSources where each route of the run was defined, by route id (a Java class or a YAML resource)
 */
public record MessageKindsReport(List<StepResult> steps, List<VZapsEvent> events, String instanceId,
                                 Map<String, String> messageIds, Path downloaded, Map<String, String> routeSources) {

    public Optional<StepResult> failedStep() {
        return steps.stream().filter(s -> s.status() == Status.FAILED).findFirst();
    }

    public boolean passed() {
        return failedStep().isEmpty() && steps.size() == MessageKindsExample.STEPS.size();
    }

    public int exitCode() {
        return passed() ? 0 : 1;
    }
}
