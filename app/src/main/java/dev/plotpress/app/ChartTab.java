package dev.plotpress.app;

import dev.plotpress.Chart;
import dev.plotpress.data.DataReader;
import dev.plotpress.model.BadInputException;
import dev.plotpress.model.ChartSpec;
import dev.plotpress.model.Table;
import dev.plotpress.render.Figure;
import dev.plotpress.spec.SpecTemplate;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import org.controlsfx.control.NotificationPane;
import org.controlsfx.control.action.Action;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * One chart in the window: the live chart on the left, its settings on the right. Holds exactly what is on
 * screen (the spec, the table, the Figure and its view) and lets go of all of it on {@link #close()}.
 */
final class ChartTab {
    /** The id of the pane the chart is drawn in. */
    static final String CHART_AREA = "chart-area";
    static final String RELOAD = "Reload from disk";
    static final String KEEP = "Keep my edits";
    private final Tab tab = new Tab();
    private final ChartView chartView = new ChartView();
    private final SplitPane split = new SplitPane();
    /** Says when the spec file changed on disk while this tab holds edits, and offers the choice. */
    private final NotificationPane notice = new NotificationPane();
    private final StatusBar status;
    private final Consumer<ChartDocument> openDerived;
    /** The spec file to read again when it changes; null for a CSV or for a chart made from another tab. */
    private final Path specFile;
    private ChartDocument document;
    private SpecEditor editor;
    private List<String> editorColumns = List.of();
    private FileWatch watch;
    /** The spec as the spec file last had it (read or saved here); edits are whatever differs from it. */
    private ChartSpec onDisk;
    /** The spec file's params and placeholders, which Save spec keeps. */
    private SpecTemplate template = SpecTemplate.NONE;

    ChartTab(ChartDocument document, Path specFile, StatusBar status, Consumer<ChartDocument> openDerived) {
        this.document = document;
        this.specFile = specFile;
        this.status = status;
        this.openDerived = openDerived;
        chartView.setId(CHART_AREA);
        chartView.coordinatesProperty().addListener((property, old, now) -> status.coordinates(now));
        chartView.setOnPairOpened(pair -> openDerived.accept(new ChartDocument(document.source(), pair.spec(), pair.table())));
        split.getItems().add(chartView);
        split.setDividerPositions(0.74);
        notice.setContent(split);
        notice.setShowFromTop(true);
        tab.setContent(notice);
        tab.setText(title(document));
        tab.setUserData(this);
        onDisk = specFile != null ? document.spec() : null;
        template = specFile != null ? SpecTemplate.of(specFile) : SpecTemplate.NONE;
        show(document.spec());
    }

    Tab tab() {
        return tab;
    }

    ChartSpec spec() {
        return document.spec();
    }

    Table table() {
        return document.table();
    }

    Path source() {
        return document.source();
    }

    Figure figure() {
        return chartView.getFigure();
    }

    ChartView chartView() {
        return chartView;
    }

    SpecEditor editor() {
        return editor;
    }

    SpecTemplate template() {
        return template;
    }

    /** Starts following the tab's files on disk. */
    void watchFiles() {
        List<Path> files = new ArrayList<>();
        if (specFile != null) {
            files.add(specFile);
        }
        if (document.spec().data().file() != null) {
            files.add(document.spec().data().file());
        }
        if (!files.isEmpty()) {
            watch = new FileWatch(files, this::reload);
        }
    }

    /** Builds the spec {@code next} describes and draws it; a bad value leaves the chart as it was and says why. */
    void apply(Supplier<ChartSpec> next) {
        try {
            show(next.get());
        } catch (BadInputException e) {
            status.message(e.getMessage());
            editor.show(document.spec());
        }
    }

    /**
     * The files changed on disk: reads them again and redraws, without throwing away edits. A data change keeps
     * the edited spec; a spec file that changed under edits is not applied but offered (reload it, or keep the
     * edits, which a later Save spec writes over it).
     */
    void reload() {
        try {
            if (specFile == null) {
                document = document.withData(document.spec());
                show(document.spec());
                status.message("Reloaded " + document.source().getFileName());
                return;
            }
            ChartDocument fresh = ChartDocument.open(specFile);
            if (!hasUnsavedEdits()) {
                takeFromDisk(fresh);
            } else if (fresh.spec().equals(onDisk)) {
                // Only the data changed: the fresh read already holds it, unless the edits point at other data.
                document = fresh.spec().data().equals(document.spec().data())
                        ? new ChartDocument(document.source(), document.spec(), fresh.table())
                        : document.withData(document.spec());
                show(document.spec());
                status.message("Reloaded the data of " + specFile.getFileName() + "; your edits are kept");
            } else {
                offerReload(fresh);
            }
        } catch (BadInputException e) {
            status.message("Not reloaded: " + e.getMessage());
        }
    }

    /** True when the chart on screen differs from what the spec file says. */
    boolean hasUnsavedEdits() {
        return onDisk != null && !document.spec().equals(onDisk);
    }

    /** The spec was written to {@code file}: if that is this tab's spec file, the edits are no longer unsaved. */
    void saved(Path file) {
        if (specFile != null && file.toAbsolutePath().normalize().equals(specFile.toAbsolutePath().normalize())) {
            onDisk = document.spec();
        }
    }

    boolean offeringReload() {
        return notice.isShowing();
    }

    private void offerReload(ChartDocument fresh) {
        // What is on disk now is what the edits differ from, whichever way the person decides.
        onDisk = fresh.spec();
        notice.setText(specFile.getFileName() + " changed on disk, and this tab has edits that are not saved.");
        notice.getActions().setAll(
                new Action(RELOAD, event -> {
                    notice.hide();
                    takeFromDisk(fresh);
                }),
                new Action(KEEP, event -> {
                    notice.hide();
                    status.message("Kept your edits; Save spec to write them over " + specFile.getFileName());
                }));
        notice.show();
        status.message(specFile.getFileName() + " changed on disk; your edits are kept until you choose");
    }

    private void takeFromDisk(ChartDocument fresh) {
        document = fresh;
        onDisk = fresh.spec();
        template = SpecTemplate.of(specFile);
        show(fresh.spec());
        status.message("Reloaded " + fresh.source().getFileName());
    }

    void resetZoom() {
        chartView.resetZoom();
    }

    /** Draws {@code spec}; other data (a transform edited) is read and transformed first. */
    private void show(ChartSpec spec) {
        Table table = spec.data().equals(document.spec().data()) ? document.table() : DataReader.read(spec.data());
        chartView.setChart(Chart.of(spec, table));
        document = new ChartDocument(document.source(), spec, table);
        List<String> columns = document.table().columnNames();
        if (editor == null || !columns.equals(editorColumns)) {
            String step = editor == null ? null : editor.transforms().forms().chooser().getValue();
            editor = new SpecEditor(document.table(), this::apply, status::message);
            if (step != null) {
                editor.transforms().forms().chooser().setValue(step); // the form in use stays in front
            }
            editorColumns = columns;
            split.getItems().setAll(chartView, editor.pane());
            split.setDividerPositions(0.74);
        }
        editor.show(spec);
        List<String> warnings = chartView.getFigure() == null ? List.of() : chartView.getFigure().warnings();
        if (!warnings.isEmpty()) {
            status.message("Warning: " + String.join("; ", warnings));
        } else if (status.message() != null && status.message().startsWith("Warning: ")) {
            status.message(""); // the chart it warned about is gone
        }
    }

    /** Stops watching and drops the chart, its Figure, datasets and view nodes. */
    void close() {
        if (watch != null) {
            watch.close();
            watch = null;
        }
        chartView.setChart(null);
        split.getItems().clear();
        notice.getActions().clear();
        notice.setContent(null);
        tab.setContent(null);
        tab.setUserData(null);
        editor = null;
    }

    private static String title(ChartDocument document) {
        String title = document.spec().title();
        String file = document.source().getFileName().toString();
        return title == null || title.isBlank() || title.equals(file) ? file : title + " - " + file;
    }
}
