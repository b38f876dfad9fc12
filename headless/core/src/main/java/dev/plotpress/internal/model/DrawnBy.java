package dev.plotpress.internal.model;

import dev.plotpress.model.ChartKind;
import dev.plotpress.model.ChartSpec;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The kinds of chart that draw an option, declared on the option itself (a component of {@link ChartSpec} or of one
 * of its option groups). Set on any other kind, the option is refused with a message naming the key, the kinds that
 * draw it and the fix: the renderer derives every such refusal from these declarations, so an option is never
 * accepted and silently ignored. Give {@link #value()} (the kinds that draw it) or {@link #except()} (all but these).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface DrawnBy {
    /** The kinds that draw the option; empty means every kind but {@link #except()}. */
    ChartKind[] value() default {};

    /** The kinds that do not draw it, when that is the shorter list. */
    ChartKind[] except() default {};

    /** What to do instead on a kind that does not draw it, when there is more to say than "remove it". */
    String instead() default "";

}
