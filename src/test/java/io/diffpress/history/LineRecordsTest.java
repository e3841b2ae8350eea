package io.diffpress.history;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Records are cut after every LF, eight bytes at a time; equal records must hash equally wherever they sit. */
class LineRecordsTest {

    private static final byte[] ALPHABET = {'a', 'b', '\n', '\n', '\r', 0, (byte) 0xff, ' '};

    @Test
    void recordsAreLinesWithTheirLineFeed() {
        Random random = new Random(5);
        for (int round = 0; round < 3000; round++) {
            byte[] data = new byte[random.nextInt(40)];
            for (int i = 0; i < data.length; i++) {
                data[i] = ALPHABET[random.nextInt(ALPHABET.length)];
            }
            LineRecords records = new LineRecords(data);
            List<byte[]> expected = naiveLines(data);
            assertEquals(expected.size(), records.count, Arrays.toString(data));
            for (int r = 0; r < records.count; r++) {
                byte[] line = Arrays.copyOfRange(data, records.start(r), records.end(r));
                assertEquals(Arrays.toString(expected.get(r)), Arrays.toString(line));
                assertEquals(line.length > 0 && line[line.length - 1] == '\n', records.endsWithNewline(r));
                // The same bytes at offset 0 of another buffer hash the same.
                assertEquals(new LineRecords(line).hash(0), records.hash(r), Arrays.toString(line));
            }
        }
    }

    private static List<byte[]> naiveLines(byte[] data) {
        List<byte[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < data.length; i++) {
            if (data[i] == '\n') {
                lines.add(Arrays.copyOfRange(data, start, i + 1));
                start = i + 1;
            }
        }
        if (start < data.length) {
            lines.add(Arrays.copyOfRange(data, start, data.length));
        }
        return lines;
    }
}
