package dev.plotpress.data;

/** Names a file's rows in messages: "row 5 (line 7)" (rows 1-based as a spreadsheet counts data rows). */
record RowPlaces(String source, int[] lines) {
    String row(int row) {
        return "row " + (row + 1) + (lines != null && row < lines.length ? " (line " + lines[row] + ")" : "");
    }
}
