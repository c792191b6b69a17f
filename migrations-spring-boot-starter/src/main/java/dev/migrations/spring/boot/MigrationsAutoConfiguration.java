package dev.migrations.spring.boot;

import dev.migrations.core.MigrationListener;
import dev.migrations.core.Migrations;
import dev.migrations.core.MigrationsConfiguration;
import dev.migrations.sql.lint.LintSettings;
import dev.migrations.url.DatabaseUrl;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.LazyInitializationExcludeFilter;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.boot.sql.init.dependency.DatabaseInitializationDependencyConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.io.ResourceLoader;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * Migrates the database when the application starts, before anything that uses it is created.
 *
 * <p>The {@link MigrationsInitializer} bean is a database initializer to Spring Boot (see
 * {@link MigrationsInitializerDetector}): JPA's {@code EntityManagerFactory}, {@code JdbcTemplate}, {@code JdbcClient},
 * jOOQ's {@code DSLContext} and {@code @DependsOnDatabaseInitialization} beans depend on it, so
 * {@code spring.jpa.hibernate.ddl-auto=validate} sees the migrated schema. The {@link Migrations} bean is the loaded,
 * verified directory; it is created when the initializer (or the actuator endpoint, or the application) first asks.
 *
 * <p>Uses only API that Spring Boot 3.5 and 4.0 both have; the classes that moved between them are named as text.
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
        "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration"})
@ConditionalOnClass(Migrations.class)
@ConditionalOnBooleanProperty(name = "migrations.enabled", matchIfMissing = true)
@Conditional(MigrationsAutoConfiguration.MigrationsDataSourceCondition.class)
@EnableConfigurationProperties(MigrationsProperties.class)
@Import(DatabaseInitializationDependencyConfigurer.class)
public class MigrationsAutoConfiguration {

    /** Keeps the initializer eager under {@code spring.main.lazy-initialization=true}. */
    @Bean
    static LazyInitializationExcludeFilter migrationsLazyInitializationExcludeFilter() {
        return LazyInitializationExcludeFilter.forBeanTypes(MigrationsInitializer.class);
    }

    /**
     * The loaded directory ({@code atlas.sum} verified, no database contact yet), configured from the
     * {@code migrations.*} properties, then by every {@link MigrationsConfigurationCustomizer}.
     */
    @Bean
    @Lazy
    @ConditionalOnMissingBean
    public Migrations migrations(MigrationsProperties properties, ResourceLoader resourceLoader,
            ObjectProvider<DataSource> dataSource, @MigrationsDataSource ObjectProvider<DataSource> migrationsDataSource,
            ObjectProvider<MigrationListener> listener, ObjectProvider<MigrationsConfigurationCustomizer> customizers) {
        FlywayVersion.check();
        MigrationsConfiguration configuration = Migrations.configure();
        connect(configuration, properties, migrationsDataSource.getIfAvailable(), dataSource.getIfUnique());
        ClassLoader classLoader = resourceLoader.getClassLoader();
        if (classLoader != null) {
            configuration.classLoader(classLoader);
        }
        apply(configuration, properties);
        listener.ifUnique(configuration::listener);
        customizers.orderedStream().forEach(customizer -> customizer.customize(configuration));
        return configuration.load();
    }

    /** Runs {@code migrations.mode} at start-up. */
    @Bean
    @ConditionalOnMissingBean
    public MigrationsInitializer migrationsInitializer(ObjectProvider<Migrations> migrations,
            MigrationsProperties properties, ObjectProvider<MigrationsStrategy> strategy) {
        return new MigrationsInitializer(migrations::getObject, properties.getMode(), strategy.getIfAvailable());
    }

    /**
     * The migration connection: the {@link MigrationsDataSource} bean, else {@code migrations.url} (with
     * {@code migrations.user} and {@code migrations.password}), else the application's database as
     * {@code migrations.user}, else the application's {@code DataSource}.
     */
    static void connect(MigrationsConfiguration configuration, MigrationsProperties properties,
            DataSource migrationsDataSource, DataSource dataSource) {
        if (migrationsDataSource != null) {
            configuration.dataSource(migrationsDataSource);
        } else if (hasText(properties.getUrl())) {
            configuration.url(DatabaseUrl.parse(properties.getUrl()).withCredentials(properties.getUser(),
                    properties.getPassword()));
        } else if (dataSource == null) {
            throw new IllegalStateException("no DataSource to migrate: define one (spring.datasource.url), set "
                    + "migrations.url, or mark one DataSource bean @MigrationsDataSource");
        } else if (hasText(properties.getUser())) {
            configuration.dataSource(DataSourceBuilder.derivedFrom(dataSource).type(SimpleDriverDataSource.class)
                    .username(properties.getUser()).password(properties.getPassword()).build());
        } else {
            configuration.dataSource(dataSource);
        }
    }

    /** Sets every option that has a property; unset properties leave the library's defaults. */
    static void apply(MigrationsConfiguration configuration, MigrationsProperties properties) {
        configuration.directory(properties.getDirectory());
        configuration.directoryFormat(properties.getDirectoryFormat());
        if (hasText(properties.getSchema())) {
            configuration.schema(properties.getSchema());
        }
        configuration.createSchema(properties.isCreateSchema());
        if (hasText(properties.getRevisionsSchema())) {
            configuration.revisionsSchema(properties.getRevisionsSchema());
        }
        configuration.revisionsTable(properties.getRevisionsTable());
        configuration.journalTable(properties.getJournalTable());
        if (hasText(properties.getHistoryTable())) {
            configuration.historyTable(properties.getHistoryTable());
        }
        configuration.transactionMode(properties.getTransactionMode());
        configuration.execOrder(properties.getExecOrder());
        if (hasText(properties.getBaselineVersion())) {
            configuration.baselineVersion(properties.getBaselineVersion());
        }
        configuration.allowDirty(properties.isAllowDirty());
        configuration.strict(properties.isStrict());
        if (properties.getLockTimeout() != null) {
            configuration.lockTimeout(properties.getLockTimeout());
        }
        if (properties.getStatementTimeout() != null) {
            configuration.statementTimeout(properties.getStatementTimeout());
        }
        if (properties.getStatementLockTimeout() != null) {
            configuration.statementLockTimeout(properties.getStatementLockTimeout());
        }
        configuration.allowPooler(properties.isAllowPooler());
        configuration.lintPolicy(properties.getLintPolicy());
        LintSettings lint = LintSettings.DEFAULTS;
        for (String assignment : properties.getLintSeverities()) {
            lint = lint.with(assignment);
        }
        configuration.lintSettings(lint);
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }

    /** There is something to migrate: a {@code DataSource} bean, or {@code migrations.url}. */
    static final class MigrationsDataSourceCondition extends AnyNestedCondition {

        MigrationsDataSourceCondition() {
            super(ConfigurationPhase.REGISTER_BEAN);
        }

        @ConditionalOnBean(DataSource.class)
        private static final class DataSourceBean {
        }

        @ConditionalOnProperty(prefix = "migrations", name = "url")
        private static final class MigrationsUrl {
        }
    }
}
