/** The example app's catalogs, generated at compile time from the shipped specs. */
@Codebook({"id-analyzer", "biometric-vision", "aiprise", "argos"})
package io.codebook.example;

import io.codebook.runtime.Codebook;
