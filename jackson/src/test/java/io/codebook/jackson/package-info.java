/** The tests read and write types generated from shipped catalogs: a single key, a composite key, attribute values. */
@Codebook({"id-analyzer", "argos", "canonical-reasons"})
package io.codebook.jackson;

import io.codebook.runtime.Codebook;
