package lectern.pptx.rebuild;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** A deck's zip carries the deck's own date on every entry, as a zip can hold it. */
class StableZipTest {

    @Test
    void datesAZipCannotHoldAreClampedIntoItsRange() {
        assertThat(StableZip.dosTime(Instant.EPOCH)).isEqualTo(LocalDateTime.of(1980, 1, 1, 0, 0));
        assertThat(StableZip.dosTime(Instant.parse("2200-01-01T00:00:00Z"))).isEqualTo(LocalDateTime.of(2107, 12, 31, 23, 59, 58));
        assertThat(StableZip.dosTime(Instant.parse("2026-11-24T22:15:00Z"))).isEqualTo(LocalDateTime.of(2026, 11, 24, 22, 15));
    }
}
