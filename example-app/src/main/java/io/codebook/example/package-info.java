/** The example app's catalogs, generated at compile time from the shipped specs. */
@Codebook({"id-analyzer", "biometric-vision", "aiprise", "argos", "yoti-reason", "yoti-failure-type", "yoti-failure-detail",
    "canonical-reasons"})
package io.codebook.example;

import io.codebook.runtime.Codebook;
