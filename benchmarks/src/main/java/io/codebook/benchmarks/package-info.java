/** Benchmarks of the code Codebook generates for the shipped catalogs, and of the processor itself. */
@Codebook({"id-analyzer", "argos", "canonical-reasons", "aiprise", "biometric-vision", "yoti-reason", "yoti-failure-type",
    "yoti-failure-detail"})
package io.codebook.benchmarks;

import io.codebook.runtime.Codebook;
