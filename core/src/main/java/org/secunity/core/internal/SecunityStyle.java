package org.secunity.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;
import org.secunity.SecunityException;

/**
 * The one Immutables style of the core module: JDK collections only, generated classes hidden
 * behind the abstract value types ({@code builder()}/{@code of()} are the public entry points).
 * A builder missing a required attribute throws {@link SecunityException} naming it.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
        jdkOnly = true,
        overshadowImplementation = true,
        visibility = Value.Style.ImplementationVisibility.PACKAGE,
        builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
        throwForInvalidImmutableState = SecunityException.class,
        depluralize = true,
        // no class-retention @org.immutables.value.Generated on the generated classes: an application that
        // compiles against them with -Xlint:all -Werror would fail on the missing annotation type (issue 10)
        allowedClasspathAnnotations = Override.class)
public @interface SecunityStyle {}
