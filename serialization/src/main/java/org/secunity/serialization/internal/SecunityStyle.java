package org.secunity.serialization.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;
import org.secunity.SecunityException;

/**
 * The one Immutables style of the serialization module, the same as the core module's: JDK
 * collections only, generated classes hidden behind the abstract value types
 * ({@code builder()}/{@code of()} are the public entry points). A builder missing a required
 * attribute throws {@link SecunityException} naming it.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
        jdkOnly = true,
        overshadowImplementation = true,
        visibility = Value.Style.ImplementationVisibility.PACKAGE,
        builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
        throwForInvalidImmutableState = SecunityException.class,
        depluralize = true)
public @interface SecunityStyle {}
