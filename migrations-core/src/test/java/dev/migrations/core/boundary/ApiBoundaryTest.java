package dev.migrations.core.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrations.core.Migrations;
import dev.migrations.sql.migration.LoadedDirectory;
import dev.migrations.url.DatabaseUrl;
import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The public API is what the module descriptors export, and the README's "API" section lists every public type of
 * it: a public type in a package that is neither exported nor internal, or an exported type the README does not
 * list, fails here.
 */
class ApiBoundaryTest {

    private static final Pattern LISTED = Pattern.compile("^- `(dev\\.migrations\\.[\\w.]+)`", Pattern.MULTILINE);

    @ParameterizedTest
    @ValueSource(strings = {"dev.migrations.sql", "dev.migrations.url", "dev.migrations.core"})
    void everyPublicTypeIsExportedOrInternal(String module) throws Exception {
        ModuleDescriptor descriptor = descriptor(module);
        Set<String> exported = exported(descriptor);
        for (String type : publicTypes(module)) {
            String pkg = type.substring(0, type.lastIndexOf('.'));
            assertThat(exported.contains(pkg) || pkg.contains(".internal"))
                    .as("%s is public but its package is neither exported by %s nor internal", type, module)
                    .isTrue();
        }
        assertThat(exported).as("exported packages of %s", module).noneMatch(p -> p.contains(".internal"));
        assertThat(descriptor.exports()).filteredOn(ModuleDescriptor.Exports::isQualified)
                .as("qualified exports of %s reach internal packages only", module)
                .allMatch(e -> e.source().contains(".internal"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev.migrations.sql", "dev.migrations.url", "dev.migrations.core"})
    void theReadmeListsEveryExportedType(String module) throws Exception {
        Set<String> exported = exported(descriptor(module));
        Set<String> api = publicTypes(module).stream()
                .filter(t -> exported.contains(t.substring(0, t.lastIndexOf('.'))))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> listed = listedInReadme().stream()
                .filter(t -> exported.contains(t.substring(0, t.lastIndexOf('.'))))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(listed).as("the README's API section for %s", module).isEqualTo(api);
    }

    private static Set<String> exported(ModuleDescriptor descriptor) {
        return descriptor.exports().stream().filter(e -> !e.isQualified()).map(ModuleDescriptor.Exports::source)
                .collect(Collectors.toSet());
    }

    private static ModuleDescriptor descriptor(String module) throws URISyntaxException {
        return ModuleFinder.of(classes(module)).find(module).orElseThrow().descriptor();
    }

    private static Path classes(String module) throws URISyntaxException {
        Class<?> anchor = switch (module) {
            case "dev.migrations.core" -> Migrations.class;
            case "dev.migrations.url" -> DatabaseUrl.class;
            default -> LoadedDirectory.class;
        };
        return Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    /** Public top-level and public nested types of the module's classes. */
    private static List<String> publicTypes(String module) throws Exception {
        Path location = classes(module);
        java.nio.file.FileSystem jar = Files.isDirectory(location) ? null
                : java.nio.file.FileSystems.newFileSystem(location);
        Path root = jar == null ? location : jar.getPath("/");
        List<String> names;
        try (Stream<Path> files = Files.walk(root)) {
            names = files.map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .filter(n -> n.endsWith(".class") && !n.endsWith("module-info.class")
                            && !n.endsWith("package-info.class") && !n.startsWith("META-INF"))
                    .map(n -> n.substring(0, n.length() - ".class".length()).replace('/', '.')).toList();
        } finally {
            if (jar != null) {
                jar.close();
            }
        }
        List<String> result = new java.util.ArrayList<>();
        for (String name : names) {
            Class<?> type = Class.forName(name, false, ApiBoundaryTest.class.getClassLoader());
            if (type.isAnonymousClass() || type.isLocalClass() || type.isMemberClass() || type.isSynthetic()) {
                continue;
            }
            if (Modifier.isPublic(type.getModifiers())) {
                result.add(type.getName());
            }
        }
        return result;
    }

    private static Set<String> listedInReadme() throws IOException {
        Path readme = Path.of(System.getProperty("migrations.repo.dir", "..")).resolve("README.md");
        String text = Files.readString(readme);
        int start = text.indexOf("\n## API\n");
        assertThat(start).as("README.md has an '## API' section").isNotNegative();
        int end = text.indexOf("\n## ", start + 1);
        Matcher m = LISTED.matcher(end < 0 ? text.substring(start) : text.substring(start, end));
        Set<String> listed = new TreeSet<>();
        while (m.find()) {
            listed.add(m.group(1));
        }
        return listed;
    }
}
