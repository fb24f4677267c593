package io.codebook.processor.model;

import io.codebook.processor.diagnostic.SpecPosition;
import java.util.List;
import java.util.Optional;

/**
 * One allowed value of an enum attribute.
 *
 * @param value the vendor's spelling, e.g. {@code High}
 * @param javaName the constant name the spec asks for, if any
 * @param aliases other spellings that read as this value
 * @param action the next action this value stands for (a vendor decision such as {@code DECLINED}
 *     stands for {@code reject}), by its spec name
 * @param deprecation whether the value is deprecated or retired, and which value replaces it
 * @param position where the value is written
 */
public record EnumValue(String value, Optional<Name> javaName, Optional<String> description, List<String> aliases,
        Optional<String> action, Optional<Deprecation> deprecation, SpecPosition position) {

    public EnumValue {
        aliases = List.copyOf(aliases);
    }
}
