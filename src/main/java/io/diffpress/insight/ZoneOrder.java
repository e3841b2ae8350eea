package io.diffpress.insight;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Learn's zones ({@code ::: zone pivot="python"} … {@code ::: zone-end}) or moniker ranges put in another order. Each zone
 * of a pivoted page repeats the same headings ("Prerequisites", "Create a client"), so the line diff of a page whose
 * zones changed places pairs one language's lines with another's, and the page would read as every paragraph reworded
 * ("python → csharp"). When both versions have the same zones in another order, the old version is compared with its
 * zones put in the new order (its k-th zone of a value where the new version has its k-th zone of that value), and the
 * move itself is one fact.
 */
final class ZoneOrder {

    /** A zone or range opened: by its pivot or range when it has one ("python"), else by all it says ({@code target="docs"}). */
    private static final Pattern START = Pattern.compile("^\\s{0,3}:::\\s*(zone|moniker)\\s+(?:(?:pivot|range)\\s*=\\s*\"([^\"]{0,300})\"|(\\S[^\\n]{0,300}?))\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern END = Pattern.compile("^\\s{0,3}:::\\s*(zone|moniker)-end\\s*$", Pattern.CASE_INSENSITIVE);

    private ZoneOrder() {
    }

    /** The old version with its zones in the new version's order, and the fact of the move. */
    record Reordered(List<String> before, Fact.ZonesReordered fact) {
    }

    /** A zone or range: its kind, its value as written, and its lines [from, to), markers included. */
    private record Block(String kind, String value, int from, int to) {
        String key() {
            return kind + ":" + value;
        }
    }

    /**
     * The old version reordered, when both versions hold the same zones (kind and value, as many of each) at the top level
     * of the page (none inside another, each closed), in another order; else empty.
     */
    static Optional<Reordered> of(List<String> before, List<String> after, int beforeFrom, int afterFrom) {
        List<Block> a = blocks(before, beforeFrom);
        List<Block> b = a == null || a.size() < 2 ? null : blocks(after, afterFrom);
        if (b == null || a.size() != b.size()) {
            return Optional.empty();
        }
        List<String> oldKeys = a.stream().map(Block::key).toList();
        List<String> newKeys = b.stream().map(Block::key).toList();
        if (oldKeys.equals(newKeys) || !oldKeys.stream().sorted().toList().equals(newKeys.stream().sorted().toList())
                || a.stream().map(Block::kind).distinct().count() > 1) {
            return Optional.empty(); // (zones and moniker ranges mixed: which kind moved would be unclear; read as it is)
        }
        Map<String, Deque<Block>> byKey = new HashMap<>();
        for (Block block : a) {
            byKey.computeIfAbsent(block.key(), k -> new ArrayDeque<>()).add(block);
        }
        List<String> out = new ArrayList<>(before.size());
        int at = 0;
        for (int i = 0; i < a.size(); i++) {
            Block slot = a.get(i);
            out.addAll(before.subList(at, slot.from()));
            Block fill = byKey.get(newKeys.get(i)).poll();
            out.addAll(before.subList(fill.from(), fill.to()));
            at = slot.to();
        }
        out.addAll(before.subList(at, before.size()));
        return Optional.of(new Reordered(out, new Fact.ZonesReordered(a.get(0).kind(), order(a, b), order(b, a))));
    }

    /**
     * Each value once, where it first opens; but every block's value when a value repeats and the first openings are in the
     * same order (python, csharp, python → python, python, csharp), where once each would show no move.
     */
    private static List<String> order(List<Block> blocks, List<Block> other) {
        List<String> once = blocks.stream().map(Block::value).distinct().toList();
        List<String> otherOnce = other.stream().map(Block::value).distinct().toList();
        return once.equals(otherOnce) ? blocks.stream().map(Block::value).toList() : once;
    }

    /** The top-level zones and ranges of a page outside fenced code, in order; null when one is nested or left open. */
    private static List<Block> blocks(List<String> lines, int from) {
        boolean[] fenced = CodeFences.of(lines, from);
        List<Block> out = new ArrayList<>();
        String kind = null;
        String value = null;
        int start = -1;
        for (int i = from; i < lines.size(); i++) {
            String line = lines.get(i);
            if (fenced[i] || !line.startsWith(":::", CodeFences.textStart(line))) {
                continue;
            }
            Matcher open = START.matcher(line);
            Matcher end = END.matcher(line);
            if (open.find()) {
                if (kind != null) {
                    return null; // a zone inside a moniker range, or the other way: not moved as blocks here
                }
                kind = open.group(1).toLowerCase(Locale.ROOT);
                value = (open.group(2) != null ? open.group(2) : open.group(3)).strip();
                start = i;
            } else if (end.find()) {
                if (kind == null || !kind.equals(end.group(1).toLowerCase(Locale.ROOT))) {
                    return null;
                }
                out.add(new Block(kind, value, start, i + 1));
                kind = null;
            }
        }
        return kind == null ? out : null;
    }
}
