package org.tandem.customer.control;

import java.util.Objects;
import java.util.function.Supplier;
import org.tandem.shared.message.InputEvent;

/**
 * Makes the real injector only when the first event is to be injected, so a customer who never
 * grants control never has an input robot created on their display.
 */
public final class DeferredInputInjector implements InputInjector, InjectedPointer {
    private final Supplier<RobotInputInjector> factory;
    private RobotInputInjector injector;

    public DeferredInputInjector(Supplier<RobotInputInjector> factory) {
        this.factory = Objects.requireNonNull(factory, "factory");
    }

    @Override
    public synchronized void inject(InputEvent event) {
        if (injector == null) {
            injector = factory.get();
        }
        injector.inject(event);
    }

    @Override
    public synchronized void releaseAll() {
        if (injector != null) {
            injector.releaseAll();
        }
    }

    @Override
    public synchronized boolean injectedRecently(int x, int y) {
        return injector != null && injector.injectedRecently(x, y);
    }
}
