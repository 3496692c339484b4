package dev.gloss.publish;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/** Gives tests the run's shared {@link Pds} (started on first use, stopped at the end of the run). */
public final class PdsExtension implements ParameterResolver {
    @Override
    public boolean supportsParameter(ParameterContext p, ExtensionContext c) {
        return p.getParameter().getType() == Pds.class;
    }

    @Override
    public Object resolveParameter(ParameterContext p, ExtensionContext c) {
        try {
            return Pds.shared(c);
        } catch (Exception e) {
            throw new ParameterResolutionException("cannot start the test PDS: " + e.getMessage(), e);
        }
    }
}
