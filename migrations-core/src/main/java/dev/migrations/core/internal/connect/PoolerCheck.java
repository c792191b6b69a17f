package dev.migrations.core.internal.connect;

import dev.migrations.error.ErrorKind;
import dev.migrations.error.MigrationsException;
import java.net.URI;
import java.util.Optional;

/**
 * Refuses transaction-mode connection poolers (PgBouncer, Supabase's pooled port 6543): session advisory locks and
 * no-transaction files need one server session for the whole run, which such a pooler does not give.
 */
public final class PoolerCheck {

    private static final int SUPABASE_POOLER_PORT = 6543;

    private PoolerCheck() {
    }

    /** Why the URL looks like a transaction-mode pooler, if it does. */
    public static Optional<String> poolerSign(String jdbcUrlOrUri, java.util.Map<String, String> parameters) {
        if ("true".equalsIgnoreCase(parameters.get("pgbouncer"))) {
            return Optional.of("the URL says pgbouncer=true");
        }
        String text = jdbcUrlOrUri.startsWith("jdbc:") ? jdbcUrlOrUri.substring(5) : jdbcUrlOrUri;
        try {
            URI uri = URI.create(text.replaceFirst("^postgres(ql)?://[^@/]*@", "postgresql://"));
            if (uri.getPort() == SUPABASE_POOLER_PORT) {
                return Optional.of("port 6543 is Supabase's transaction-mode pooler");
            }
            if (uri.getHost() != null && uri.getHost().endsWith(".pooler.supabase.com")) {
                return Optional.of("host " + uri.getHost() + " is Supabase's pooler");
            }
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** Throws when the connection goes through a transaction-mode pooler. */
    public static void refusePooler(String url, java.util.Map<String, String> parameters) {
        poolerSign(url, parameters).ifPresent(sign -> {
            throw new MigrationsException(ErrorKind.POOLER_REFUSED, "refusing to migrate through a connection pooler (" + sign + "): "
                    + "the migration lock and no-transaction files need a direct connection to PostgreSQL. "
                    + "Use the direct URL (set DIRECT_DATABASE_URL, or on Supabase the direct connection on port "
                    + "5432), or pass --allow-pooler if this pooler runs in session mode.");
        });
    }
}
