package org.isnad.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads byte lines (ending at LF; a CR before it is dropped) from a stream without ever holding more than a fixed
 * number of bytes of one line: a longer line is skipped to its end and reported as too long. Not thread-safe.
 */
final class BoundedLineReader {
    /** One line: its bytes {@code [0, length)}, its 1-based number, and whether it was cut for being too long. */
    record Line(byte[] bytes, int length, long number, boolean tooLong) {
    }

    private final InputStream in;
    private final int limit;
    private final byte[] buf = new byte[64 * 1024];
    private int pos;
    private int end;
    private long lineNo;
    private byte[] line = new byte[1024];

    BoundedLineReader(InputStream in, long limit) {
        this.in = in;
        this.limit = (int) Math.min(Integer.MAX_VALUE - 16, limit);
    }

    /** The next line, or null at the end of the stream. */
    Line next() throws IOException {
        int len = 0;
        boolean tooLong = false;
        boolean any = false;
        while (true) {
            if (pos == end) {
                end = in.read(buf, 0, buf.length);
                pos = 0;
                if (end <= 0) {
                    end = 0;
                    if (!any) {
                        return null;
                    }
                    break;
                }
            }
            any = true;
            int nl = -1;
            for (int i = pos; i < end; i++) {
                if (buf[i] == '\n') {
                    nl = i;
                    break;
                }
            }
            int stop = nl < 0 ? end : nl;
            int n = stop - pos;
            if (!tooLong) {
                if ((long) len + n > limit) {
                    tooLong = true;
                    len = 0;
                } else {
                    if (len + n > line.length) {
                        line = Arrays.copyOf(line, Math.min(limit, Math.max(line.length * 2, len + n)));
                    }
                    System.arraycopy(buf, pos, line, len, n);
                    len += n;
                }
            }
            pos = stop;
            if (nl >= 0) {
                pos = nl + 1;
                break;
            }
        }
        if (len > 0 && line[len - 1] == '\r') {
            len--;
        }
        lineNo++;
        return new Line(line, len, lineNo, tooLong);
    }
}
