package dev.migrations.junit;

import dev.migrations.error.MigrationsException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Resolves {@link DataSource} and {@link MigratedDatabase} parameters of {@link MigratedPostgres} test classes.
 *
 * <p>The database is made on first request and kept in the store of the context it belongs to: the test method's
 * ({@link Isolation#PER_METHOD}) or the annotated class's ({@link Isolation#PER_CLASS}). JUnit closes that store,
 * and so drops the database, when the method (after its {@code @AfterEach} methods) or the class (after its
 * {@code @AfterAll} methods) is done, whether it passed or not.
 */
final class MigratedPostgresExtension implements ParameterResolver {

    private static final Namespace NAMESPACE = Namespace.create(MigratedPostgresExtension.class);

    private final TemplateRegistry registry = TemplateRegistry.shared();

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        Class<?> type = parameterContext.getParameter().getType();
        return (type == DataSource.class || type == MigratedDatabase.class) && annotated(extensionContext).isPresent();
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        Annotated annotated = annotated(extensionContext).orElseThrow();
        ExtensionContext owner = owner(annotated, parameterContext, extensionContext);
        Setup setup;
        try {
            setup = Setup.of(annotated.annotation(), annotated.context().getRequiredTestClass());
        } catch (IllegalArgumentException | MigrationsException e) {
            throw new ParameterResolutionException(e.getMessage(), e);
        }
        DatabaseCopy database;
        try {
            // Keyed by the owner's id: a store also answers with its parents' values, which belong to other owners.
            database = owner.getStore(NAMESPACE)
                    .getOrComputeIfAbsent(owner.getUniqueId(), key -> registry.newCopy(setup), DatabaseCopy.class);
        } catch (MigrationsException e) {
            throw new ParameterResolutionException("@MigratedPostgres could not read the migration directory: "
                    + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new ParameterResolutionException("@MigratedPostgres: " + e.getMessage(), e);
        }
        return parameterContext.getParameter().getType() == DataSource.class ? database.dataSource() : database;
    }

    /**
     * Constructors get the test method's context when each test gets its own instance, so that an injected database
     * is the test's own under {@link Isolation#PER_METHOD}.
     */
    @Override
    public ExtensionContextScope getTestInstantiationExtensionContextScope(ExtensionContext rootContext) {
        return ExtensionContextScope.TEST_METHOD;
    }

    /** The nearest class (the test class, else an enclosing class of a {@code @Nested} one) that is annotated. */
    private static Optional<Annotated> annotated(ExtensionContext context) {
        for (ExtensionContext c = context; c != null; c = c.getParent().orElse(null)) {
            if (c.getTestMethod().isEmpty() && c.getTestClass().isPresent()) {
                Optional<MigratedPostgres> annotation =
                        AnnotationSupport.findAnnotation(c.getRequiredTestClass(), MigratedPostgres.class);
                if (annotation.isPresent()) {
                    return Optional.of(new Annotated(annotation.get(), c));
                }
            }
        }
        return Optional.empty();
    }

    /** The context whose database the parameter gets. */
    private static ExtensionContext owner(Annotated annotated, ParameterContext parameter, ExtensionContext context) {
        if (annotated.annotation().isolation() == Isolation.PER_CLASS) {
            return annotated.context();
        }
        for (ExtensionContext c = context; c != null; c = c.getParent().orElse(null)) {
            if (c.getTestMethod().isPresent()) {
                return c;
            }
        }
        Executable executable = parameter.getDeclaringExecutable();
        String where = executable.getDeclaringClass().getSimpleName()
                + (executable instanceof Constructor ? "'s constructor" : "." + executable.getName());
        throw new ParameterResolutionException("@MigratedPostgres(isolation = PER_METHOD) makes a database for each"
                + " test method, and " + where + " runs outside of one (@BeforeAll, @AfterAll, or a constructor under"
                + " @TestInstance(Lifecycle.PER_CLASS)): use isolation = Isolation.PER_CLASS for a database shared by"
                + " the class, or take the database in @BeforeEach or the test method");
    }

    private record Annotated(MigratedPostgres annotation, ExtensionContext context) {
    }
}
