package io.codebook.processor.model;

import java.util.List;
import java.util.Optional;

/**
 * One allowed value of an enum attribute.
 *
 * @param value the vendor's spelling, e.g. {@code High}
 * @param javaName the constant name, e.g. {@code HIGH}
 * @param aliases other spellings that read as this value
 * @param action the next action this value stands for (a vendor decision such as {@code DECLINED}
 *     stands for {@code reject}), by its spec name
 */
public record EnumValue(String value, String javaName, Optional<String> description, List<String> aliases,
        Optional<String> action) {

    public EnumValue {
        aliases = List.copyOf(aliases);
    }
}
