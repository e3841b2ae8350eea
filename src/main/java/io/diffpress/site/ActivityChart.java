package io.diffpress.site;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An inline SVG bar chart of changed lines per week, drawn from data only (no script),
 * so it works offline and under a strict Content-Security-Policy.
 */
final class ActivityChart {

    private static final int WEEKS = 52;
    private static final int WIDTH = 624;
    private static final int HEIGHT = 64;

    private ActivityChart() {
    }

    /**
     * The chart for (date, changed lines) points, covering the 52 weeks up to the newest point, and under it the sentence
     * that says what it shows; "" without data.
     * Its title and each bar's title ({@code activity}, {@code chart_summary} and {@code chart_bar}) are the theme's
     * interface words. The title says what the bars show in one sentence (weeks with changes, the busiest week): a
     * screen reader reads an image's title, not the titles of its parts.
     */
    static String svg(List<Map.Entry<LocalDate, Integer>> points, Map<String, String> ui) {
        String label = ui.getOrDefault("activity", "Lines changed per week");
        String barTitle = ui.getOrDefault("chart_bar", "week of {0}: {1} lines changed");
        String summary = ui.getOrDefault("chart_summary", "{0} of the 52 weeks up to the week of {1} had changes; the most, {2} lines, in the week of {3}.");
        if (points.isEmpty()) {
            return "";
        }
        LocalDate newest = points.stream().map(Map.Entry::getKey).max(LocalDate::compareTo).orElseThrow();
        LocalDate lastWeek = newest.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate firstWeek = lastWeek.minusWeeks(WEEKS - 1);
        Map<LocalDate, Integer> perWeek = new TreeMap<>();
        for (Map.Entry<LocalDate, Integer> p : points) {
            LocalDate week = p.getKey().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            if (!week.isBefore(firstWeek)) {
                perWeek.merge(week, Math.max(0, p.getValue()), Integer::sum);
            }
        }
        int max = perWeek.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        LocalDate busiest = null; // the first week with the most lines
        int weeksWithChanges = 0;
        for (Map.Entry<LocalDate, Integer> week : perWeek.entrySet()) {
            weeksWithChanges += week.getValue() > 0 ? 1 : 0;
            if (busiest == null && max > 0 && week.getValue() == max) {
                busiest = week.getKey();
            }
        }
        if (max == 1) { // "1 line": a language with a singular has a key for it (chart_summary_one, chart_bar_one)
            summary = ui.getOrDefault("chart_summary_one", summary);
        }
        String barTitleOne = ui.getOrDefault("chart_bar_one", barTitle);
        // the caption and the summary joined as the language punctuates ("：" in Japanese and Chinese)
        String title = busiest == null ? label : label + ui.getOrDefault("title_separator", ": ") + summary.replace("{0}", String.valueOf(weeksWithChanges))
                .replace("{1}", lastWeek.toString()).replace("{2}", String.valueOf(max)).replace("{3}", busiest.toString());
        int barWidth = WIDTH / WEEKS;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"activity\" role=\"img\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" preserveAspectRatio=\"none\" xmlns=\"http://www.w3.org/2000/svg\"><title>")
                .append(escape(title)).append("</title>");
        for (Map.Entry<LocalDate, Integer> week : perWeek.entrySet()) {
            if (week.getValue() == 0 || max == 0) {
                continue;
            }
            int index = (int) ChronoUnit.WEEKS.between(firstWeek, week.getKey());
            int h = Math.max(2, (int) Math.round((HEIGHT - 4) * Math.sqrt(week.getValue() / (double) max)));
            svg.append("<rect x=\"").append(index * barWidth + 1).append("\" y=\"").append(HEIGHT - h)
                    .append("\" width=\"").append(barWidth - 2).append("\" height=\"").append(h).append("\"><title>")
                    .append(escape((week.getValue() == 1 ? barTitleOne : barTitle).replace("{0}", week.getKey().toString()).replace("{1}", String.valueOf(week.getValue()))))
                    .append("</title></rect>");
        }
        svg.append("</svg>");
        if (busiest != null) {
            // the same sentence for the eye: the bars alone tell neither the period nor the scale, and a bar's title
            // shows only on hover (an audit); hidden from screen readers, which read it as the image's title
            svg.append("<p class=\"chart-summary\" aria-hidden=\"true\">").append(escape(title.substring(label.length() + 2))).append("</p>");
        }
        return svg.toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
