package io.influenceatlas.projectregistry.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * The multi-valued cells of the project CSV: items separated by '|', with '\|' for a literal pipe
 * and '\\' for a backslash. An empty cell is an empty list; items are trimmed.
 */
public final class PipeList {

    private PipeList() {
    }

    public static List<String> split(String cell) {
        List<String> items = new ArrayList<>();
        if (cell == null || cell.isBlank()) {
            return items;
        }
        StringBuilder item = new StringBuilder();
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == '\\' && i + 1 < cell.length() && (cell.charAt(i + 1) == '|' || cell.charAt(i + 1) == '\\')) {
                item.append(cell.charAt(++i));
            } else if (c == '|') {
                items.add(item.toString().trim());
                item.setLength(0);
            } else {
                item.append(c);
            }
        }
        items.add(item.toString().trim());
        return items;
    }

    public static String join(List<String> items) {
        List<String> escaped = new ArrayList<>(items.size());
        for (String item : items) {
            escaped.add(item == null ? "" : item.replace("\\", "\\\\").replace("|", "\\|"));
        }
        return String.join("|", escaped);
    }
}
