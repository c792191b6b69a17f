package dev.migrations.sql.dir;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Utf8OrderTest {

    /** Code points where UTF-16 order and UTF-8 order disagree, and plain ones around them. */
    private static final int[] ALPHABET = {'0', '9', '_', 'a', 'z', 0xE9, 0x4E2D, 0xD7FF, 0xE000, 0xFF5E, 0xFFFD,
        0x10000, 0x1F600, 0x10FFFF};

    @Test
    void ordersLikeTheUtf8BytesOfTheStrings() {
        Random random = new Random(20261121);
        for (int trial = 0; trial < 50_000; trial++) {
            String left = randomString(random);
            String right = random.nextInt(4) == 0 ? left + randomString(random) : randomString(random);
            int expected = Integer.signum(Arrays.compareUnsigned(left.getBytes(StandardCharsets.UTF_8),
                    right.getBytes(StandardCharsets.UTF_8)));
            assertThat(Integer.signum(Utf8Order.INSTANCE.compare(left, right)))
                    .as("%s vs %s", left, right).isEqualTo(expected);
        }
    }

    @Test
    void supplementaryCharactersSortAfterTheEndOfTheBasicPlane() {
        assertThat(Utf8Order.INSTANCE.compare("a\uFF5E", "a\uD83D\uDE00")).isNegative();
        assertThat("a\uFF5E".compareTo("a\uD83D\uDE00")).isPositive();
    }

    private static String randomString(Random random) {
        StringBuilder s = new StringBuilder();
        int length = random.nextInt(5);
        for (int i = 0; i < length; i++) {
            s.appendCodePoint(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return s.toString();
    }
}
