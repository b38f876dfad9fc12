package dev.plotpress.examples.modular;

import dev.plotpress.Chart;
import dev.plotpress.model.Table;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A bar chart of a program's own records, written as PNG and PDF into the folder given (a module-path program). */
public final class MonthlyRevenue {
    /** One row of the chart. */
    public record Month(String month, double revenue) {
    }

    public static void main(String[] args) throws Exception {
        Path out = Files.createDirectories(Path.of(args[0]));
        List<Month> months = List.of(new Month("Jan", 120.5), new Month("Feb", 98.0), new Month("Mar", 143.25));
        Chart chart = Chart.bar(Table.of(months), "month", "revenue").title("Revenue per month");
        chart.writeTo(out.resolve("revenue.png"));
        chart.writeTo(out.resolve("revenue.pdf"));
        System.out.println("revenue.png and revenue.pdf in " + out);
    }
}
