package dev.migrations.bench;

import dev.migrations.core.Migrations;
import dev.migrations.sql.dir.DirectoryFormat;
import java.nio.file.Path;
import javax.sql.DataSource;

/** Our library, used as an application would: configure, load (reads and verifies atlas.sum), migrate. */
final class OursRunner implements Applier {

    static final String LABEL = "ours";

    @Override
    public String label() {
        return LABEL;
    }

    @Override
    public int apply(Workload workload, BenchDatabase database) {
        return migrate(workload.oursDir(), workload.oursFormat(), database.dataSource());
    }

    /** One {@code Migrations.configure()...load().migrate()}; returns the number of files applied. */
    static int migrate(Path directory, DirectoryFormat format, DataSource dataSource) {
        return Migrations.configure()
                .dataSource(dataSource)
                .directory(directory.toAbsolutePath().toString())
                .directoryFormat(format)
                .load()
                .migrate()
                .applied()
                .size();
    }
}
