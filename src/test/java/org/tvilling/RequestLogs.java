package org.tvilling;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The log entries written while the server handled requests (on its request threads), each with the lines that
 * follow it (a stack trace), out of captured console output: what a refused request may write. Other threads'
 * entries (another test context's connection pool, say) are left out.
 */
public final class RequestLogs {

    /** Spring Boot's console pattern: time, level, pid, application, [thread], logger. */
    private static final Pattern ENTRY =
            Pattern.compile("^\\d{4}-\\d\\d-\\d\\dT\\S+\\s+(TRACE|DEBUG|INFO|WARN|ERROR) .*?\\] \\[\\s*([^\\]]+)\\] ");

    /** One entry: its level and its lines (the first one the message, the rest a stack trace if any). */
    public record Entry(String level, List<String> lines) {

        public boolean hasStackTrace() {
            return lines.stream().skip(1).anyMatch(line -> line.startsWith("\tat ") || line.startsWith("Caused by"));
        }

        public String first() {
            return lines.getFirst();
        }
    }

    private RequestLogs() {}

    public static List<Entry> of(String output) {
        List<Entry> entries = new ArrayList<>();
        List<String> current = null;
        String level = null;
        for (String line : output.split("\\R")) {
            Matcher entry = ENTRY.matcher(line);
            if (entry.find()) {
                if (current != null) {
                    entries.add(new Entry(level, current));
                }
                boolean requestThread = entry.group(2).contains("handler");
                current = requestThread ? new ArrayList<>(List.of(line)) : null;
                level = entry.group(1);
            } else if (current != null) {
                current.add(line);
            }
        }
        if (current != null) {
            entries.add(new Entry(level, current));
        }
        return entries;
    }
}
