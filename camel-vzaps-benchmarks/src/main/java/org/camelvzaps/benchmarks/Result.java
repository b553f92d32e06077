package org.camelvzaps.benchmarks;

/**
 * One line of the results: a measured value (median over rounds or samples, with the lowest and highest round),
 * optionally divided by a baseline measured in the same run, and the target it is checked against (docs/performance.md).
 */
public record Result(String group, String scenario, String contender, double median, double low, double high,
                     String unit, String baseline, Double ratio, String target, Boolean met) {
}
