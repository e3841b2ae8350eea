package io.diffpress.search;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** JavaScript number semantics needed to reproduce lunr's output: {@code Math.round} and {@code Number#toString}. */
final class JsNumber {

    private JsNumber() {
    }

    /**
     * {@code Math.round}: the closest integer, halves toward +∞. {@code Math.floor(x + 0.5)} is wrong for
     * 0.49999999999999994 (the addition rounds up to 1), so this goes through {@code ceil} like V8 does.
     */
    static double round(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x) || x == 0) {
            return x;
        }
        double up = Math.ceil(x);
        return up - 0.5 > x ? up - 1 : up;
    }

    /**
     * {@code Number.prototype.toString()}: the shortest decimal that reads back as the same double (the
     * closest one when several have that length), in fixed notation for 1e-7 ≤ |x| &lt; 1e21, else
     * {@code 1.5e-7} / {@code 1e+21} style. -0 prints as "0".
     */
    static String format(double x) {
        if (Double.isNaN(x)) {
            return "NaN";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "Infinity" : "-Infinity";
        }
        if (x == 0) {
            return "0";
        }
        if (x < 0) {
            return "-" + format(-x);
        }
        String thousandths = formatThousandths(x);
        return thousandths != null ? thousandths : formatShortest(x);
    }

    /**
     * Fast path for lunr's scores, which are {@code Math.round(s * 1000) / 1000}: when x is the double
     * nearest to k/1000 and below 1e9, no other decimal with as few digits lies within half an ulp of x,
     * so k/1000 without trailing zeros is the shortest representation.
     */
    private static String formatThousandths(double x) {
        if (x >= 1e9) {
            return null;
        }
        long k = Math.round(x * 1000);
        if (k / 1000.0 != x) {
            return null;
        }
        long whole = k / 1000;
        int fraction = (int) (k % 1000);
        if (fraction == 0) {
            return Long.toString(whole);
        }
        StringBuilder sb = new StringBuilder(16).append(whole).append('.');
        int digits = fraction % 10 != 0 ? 3 : fraction % 100 != 0 ? 2 : 1;
        int scaled = digits == 3 ? fraction : digits == 2 ? fraction / 10 : fraction / 100;
        String f = Integer.toString(scaled);
        for (int i = f.length(); i < digits; i++) {
            sb.append('0');
        }
        return sb.append(f).toString();
    }

    /** General path (positive finite x): try 1..17 significant digits, rounding down and up. */
    private static String formatShortest(double x) {
        BigDecimal exact = new BigDecimal(x);
        for (int precision = 1; precision <= 17; precision++) {
            BigDecimal down = exact.round(new MathContext(precision, RoundingMode.FLOOR));
            BigDecimal up = exact.round(new MathContext(precision, RoundingMode.CEILING));
            boolean downOk = Double.parseDouble(down.toString()) == x;
            boolean upOk = Double.parseDouble(up.toString()) == x;
            BigDecimal chosen;
            if (downOk && upOk) {
                int cmp = exact.subtract(down).compareTo(up.subtract(exact));
                if (cmp == 0) {
                    chosen = down.unscaledValue().testBit(0) ? up : down;
                } else {
                    chosen = cmp < 0 ? down : up;
                }
            } else if (downOk) {
                chosen = down;
            } else if (upOk) {
                chosen = up;
            } else {
                continue;
            }
            return layout(chosen.stripTrailingZeros());
        }
        throw new IllegalStateException("no round-trip representation for " + x);
    }

    /** Number::toString steps 6–10 for digits s (k of them) with value s × 10^(n−k). */
    private static String layout(BigDecimal value) {
        String s = value.unscaledValue().toString();
        int k = s.length();
        int n = k - value.scale();
        StringBuilder sb = new StringBuilder(32);
        if (k <= n && n <= 21) {
            sb.append(s);
            for (int i = 0; i < n - k; i++) {
                sb.append('0');
            }
        } else if (0 < n && n <= 21) {
            sb.append(s, 0, n).append('.').append(s, n, k);
        } else if (-6 < n && n <= 0) {
            sb.append("0.");
            for (int i = 0; i < -n; i++) {
                sb.append('0');
            }
            sb.append(s);
        } else {
            sb.append(s.charAt(0));
            if (k > 1) {
                sb.append('.').append(s, 1, k);
            }
            int e = n - 1;
            sb.append('e').append(e < 0 ? '-' : '+').append(Math.abs(e));
        }
        return sb.toString();
    }
}
