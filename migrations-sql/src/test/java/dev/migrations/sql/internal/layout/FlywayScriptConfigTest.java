package dev.migrations.sql.internal.layout;

import dev.migrations.sql.migration.FlywayScriptConfig;
import dev.migrations.error.LayoutException;
import dev.migrations.sql.migration.TxMode;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class FlywayScriptConfigTest {

    private static FlywayScriptConfig parse(String text) {
        return FlywayScriptConfigParser.parse("V3__x.sql.conf", "db/V3__x.sql.conf", text);
    }

    @Test
    void executeInTransactionFalseRunsWithoutATransaction() {
        FlywayScriptConfig config = parse("executeInTransaction=false\n");

        assertThat(config.executeInTransaction()).contains(false);
        assertThat(config.txMode()).contains(TxMode.NONE);
        assertThat(config.txModeSource()).isEqualTo("V3__x.sql.conf executeInTransaction=false");
    }

    @Test
    void executeInTransactionTrueRunsInOne() {
        FlywayScriptConfig config = parse("executeInTransaction=true");

        assertThat(config.txMode()).contains(TxMode.FILE);
        assertThat(config.txModeSource()).isEqualTo("V3__x.sql.conf executeInTransaction=true");
    }

    @Test
    void propertiesSyntaxCommentsBlanksSeparatorsAndCase() {
        assertThat(parse("# a comment\n! another\n\n  executeInTransaction : FALSE  \r\n").txMode())
                .contains(TxMode.NONE);
        assertThat(parse("executeInTransaction False").txMode()).contains(TxMode.NONE);
        assertThat(parse("executeInTransaction=true\nexecuteInTransaction=false\n").txMode())
                .as("the last line wins, as in Java properties").contains(TxMode.NONE);
    }

    @Test
    void withoutExecuteInTransactionTheFileDecidesNothing() {
        FlywayScriptConfig config = parse("# nothing\nencoding=UTF-8\nplaceholderReplacement=false\n");

        assertThat(config.executeInTransaction()).isEmpty();
        assertThat(config.txMode()).isEmpty();
        assertThat(config.txModeSource()).isEmpty();
        assertThat(parse("encoding=utf8").executeInTransaction()).isEqualTo(Optional.empty());
    }

    @Test
    void unknownKeyNamesFileKeyAndLine() {
        LayoutException e = catchThrowableOfType(() -> parse("executeInTransaction=false\n\nmixed=true\n"),
                LayoutException.class);

        assertThat(e.getMessage()).startsWith("db/V3__x.sql.conf line 3: unknown key 'mixed'")
                .contains("executeInTransaction, encoding, placeholderReplacement and shouldExecute");
        assertThat(e.file()).isEqualTo("db/V3__x.sql.conf");
        assertThat(e.line()).isEqualTo(3);
    }

    @Test
    void flywayKeysThatAreNotImplementedAreRefused() {
        assertThatThrownBy(() -> parse("shouldExecute=${env}==prod"))
                .isInstanceOf(LayoutException.class)
                .hasMessageStartingWith("db/V3__x.sql.conf line 1: shouldExecute (a Flyway Teams setting) is not"
                        + " supported");
        assertThatThrownBy(() -> parse("\nencoding=ISO-8859-1"))
                .isInstanceOf(LayoutException.class)
                .hasMessageStartingWith("db/V3__x.sql.conf line 2: encoding 'ISO-8859-1' is not supported");
        assertThatThrownBy(() -> parse("placeholderReplacement=true"))
                .isInstanceOf(LayoutException.class)
                .hasMessageStartingWith("db/V3__x.sql.conf line 1: placeholderReplacement=true is not supported");
    }

    @Test
    void aValueThatIsNotABooleanIsRefused() {
        assertThatThrownBy(() -> parse("executeInTransaction=no"))
                .isInstanceOf(LayoutException.class)
                .hasMessage("db/V3__x.sql.conf line 1: executeInTransaction is 'no', but it takes true or false");
        assertThatThrownBy(() -> parse("executeInTransaction="))
                .isInstanceOf(LayoutException.class)
                .hasMessageContaining("executeInTransaction is ''");
    }
}
