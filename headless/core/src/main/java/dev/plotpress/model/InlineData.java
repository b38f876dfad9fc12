package dev.plotpress.model;

import java.util.List;
import java.util.Map;

/**
 * Data written into the spec itself, so a spec sent over HTTP carries its rows: either CSV text with a header line
 * ({@code data: {csv: "a,b\n1,2"}}) or a list of records ({@code data: {values: [{a: 1, b: 2}]}}), read exactly as a
 * CSV or JSON file would be.
 */
public record InlineData(String csv, List<Map<String, Object>> values) {
    public InlineData {
        if ((csv == null) == (values == null)) {
            throw new InvalidSpecException("data", "give exactly one of data.csv or data.values");
        }
        values = values == null ? null : List.copyOf(values);
    }

    public static InlineData csv(String text) {
        return new InlineData(text, null);
    }

    public static InlineData values(List<Map<String, Object>> records) {
        return new InlineData(null, records);
    }

    public String describe() {
        return csv != null ? "data.csv" : "data.values";
    }
}
