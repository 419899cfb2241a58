package tradesim.fuzz;

import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;

/**
 * Skips a container unless the {@code fuzz} Maven profile is active (it sets the system property
 * {@code tradesim.fuzz=true}), so the normal suite never pays for ten thousand runs.
 */
public final class FuzzProfileOnly implements SkipExecutionHook {

    static final String PROPERTY = "tradesim.fuzz";

    @Override
    public SkipResult shouldBeSkipped(LifecycleContext context) {
        return Boolean.getBoolean(PROPERTY) ? SkipResult.doNotSkip()
                : SkipResult.skip("runs only with mvn -Pfuzz (system property " + PROPERTY + "=true)");
    }
}
