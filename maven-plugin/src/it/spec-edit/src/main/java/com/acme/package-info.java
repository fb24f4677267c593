@io.codebook.runtime.Codebook("acme")
package com.acme;
