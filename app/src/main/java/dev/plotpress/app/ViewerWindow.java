package dev.plotpress.app;

import dev.plotpress.export.ImageFormat;
import dev.plotpress.model.BadInputException;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The viewer window: menu bar, one tab per chart, the status bar. Opens files (command line, File > Open,
 * drag and drop) and routes the menu's actions to the selected tab.
 */
final class ViewerWindow {
    static final String TITLE = "Plotpress";

    private final Stage stage;
    private final TabPane tabs = new TabPane();
    private final StatusBar status = new StatusBar();
    private final ExportActions export = new ExportActions();
    private final boolean watchFiles;
    private String lastError;

    ViewerWindow(Stage stage, double width, double height, boolean watchFiles) {
        this.stage = stage;
        this.watchFiles = watchFiles;
        tabs.setId("tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.ALL_TABS);
        tabs.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> updateTitle());
        BorderPane root = new BorderPane(tabs, new ViewerMenus(this).bar(), null, status, null);
        Scene scene = new Scene(root, width, height);
        scene.setOnDragOver(this::dragOver);
        scene.setOnDragDropped(this::dropped);
        // the TabPane takes Home for "first tab" before the menu's accelerator sees it; the chart gets it first
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.HOME && !(scene.getFocusOwner() instanceof TextInputControl)) {
                resetZoom();
                event.consume();
            }
        });
        stage.setScene(scene);
        stage.setTitle(TITLE);
    }

    Stage stage() {
        return stage;
    }

    StatusBar status() {
        return status;
    }

    TabPane tabs() {
        return tabs;
    }

    /** The message of the last bad file, as its dialog showed it. */
    String lastError() {
        return lastError;
    }

    /** Opens a spec or data file in a new tab; a bad file gets the CLI's message in a dialog. */
    Optional<ChartTab> open(Path file) {
        try {
            ChartDocument document = ChartDocument.open(file);
            ChartTab tab = add(new ChartTab(document, ChartDocument.isSpec(file) ? file : null, status, this::openDerived));
            if (watchFiles) {
                tab.watchFiles();
            }
            status.message("Opened " + file + (document.why() == null ? "" : ": " + document.why()));
            return Optional.of(tab);
        } catch (BadInputException e) {
            showError(e.getMessage());
            return Optional.empty();
        }
    }

    /** A chart made from another tab (a scatter-matrix cell): it has no spec file, but follows its data file. */
    private void openDerived(ChartDocument document) {
        ChartTab tab = add(new ChartTab(document, null, status, this::openDerived));
        if (watchFiles) {
            tab.watchFiles();
        }
    }

    private ChartTab add(ChartTab chartTab) {
        Tab tab = chartTab.tab();
        tab.setOnClosed(event -> chartTab.close());
        tabs.getTabs().add(tab);
        tabs.getSelectionModel().select(tab);
        return chartTab;
    }

    Optional<ChartTab> selected() {
        Tab tab = tabs.getSelectionModel().getSelectedItem();
        return tab == null ? Optional.empty() : Optional.ofNullable((ChartTab) tab.getUserData());
    }

    /** Closes a tab the way its close button does. */
    void close(ChartTab chartTab) {
        tabs.getTabs().remove(chartTab.tab());
        chartTab.close();
    }

    void closeSelected() {
        selected().ifPresent(this::close);
    }

    void chooseAndOpen() {
        FileChooser chooser = chooser("Open a chart spec or data file");
        chooser.getExtensionFilters().setAll(
                new FileChooser.ExtensionFilter("Specs and data", "*.yaml", "*.yml", "*.json", "*.csv", "*.tsv", "*.txt"),
                new FileChooser.ExtensionFilter("All files", "*"));
        List<File> files = chooser.showOpenMultipleDialog(stage);
        if (files != null) {
            files.forEach(f -> open(f.toPath()));
        }
    }

    void chooseAndExport(ImageFormat format) {
        selected().ifPresent(tab -> {
            FileChooser chooser = chooser("Export " + format.specName().toUpperCase());
            chooser.setInitialFileName(baseName(tab) + "." + format.extension());
            File file = chooser.showSaveDialog(stage);
            if (file != null) {
                run(() -> {
                    long bytes = export.exportImage(tab.spec(), tab.table(), format, file.toPath());
                    status.message("Exported " + file + " (" + bytes + " bytes, headless Java2D)");
                });
            }
        });
    }

    void chooseAndSaveSpec() {
        selected().ifPresent(tab -> {
            FileChooser chooser = chooser("Save spec");
            chooser.setInitialFileName(baseName(tab) + ".yaml");
            File file = chooser.showSaveDialog(stage);
            if (file != null) {
                run(() -> {
                    export.saveSpec(tab.spec(), tab.template(), file.toPath());
                    tab.saved(file.toPath());
                    status.message("Saved " + file + "; render it with plotpress --headless render " + file);
                });
            }
        });
    }

    void copyDataUri() {
        selected().ifPresent(tab -> run(() -> {
            export.copyImgTag(tab.spec(), tab.table());
            status.message("Copied the chart as an <img> data URI");
        }));
    }

    void resetZoom() {
        selected().ifPresent(ChartTab::resetZoom);
    }

    void showAbout() {
        Alert about = new Alert(Alert.AlertType.INFORMATION);
        about.initOwner(stage);
        about.setTitle("About Plotpress");
        about.setHeaderText("Plotpress " + version(ViewerWindow.class));
        about.setContentText("One chart model, two backends.\n" + StatusBar.BACKENDS
                + "\n\nJava " + System.getProperty("java.version")
                + "\nJavaFX " + System.getProperty("javafx.runtime.version")
                + "\nJFreeChart " + version(org.jfree.chart.JFreeChart.class)
                + "\njfreechart-fx " + version(org.jfree.chart.fx.ChartViewer.class)
                + "\nControlsFX " + version(org.controlsfx.control.PropertySheet.class));
        about.show();
    }

    private void run(Runnable action) {
        try {
            action.run();
        } catch (BadInputException e) {
            showError(e.getMessage());
        }
    }

    void showError(String message) {
        lastError = message;
        status.message("Error: " + message);
        Alert alert = new Alert(Alert.AlertType.ERROR, message);
        alert.initOwner(stage);
        alert.setTitle("Plotpress");
        alert.setHeaderText("Cannot open this");
        alert.show();
    }

    private void updateTitle() {
        stage.setTitle(selected().map(tab -> TITLE + " - " + tab.tab().getText()).orElse(TITLE));
    }

    private FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        selected().map(ChartTab::source).map(Path::toAbsolutePath).map(Path::getParent)
                .ifPresent(folder -> chooser.setInitialDirectory(folder.toFile()));
        return chooser;
    }

    private static String baseName(ChartTab tab) {
        String name = tab.source().getFileName().toString();
        return name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
    }

    private void dragOver(DragEvent event) {
        if (event.getDragboard().hasFiles()) {
            event.acceptTransferModes(TransferMode.COPY);
        }
        event.consume();
    }

    private void dropped(DragEvent event) {
        boolean any = event.getDragboard().hasFiles();
        if (any) {
            event.getDragboard().getFiles().forEach(f -> open(f.toPath()));
        }
        event.setDropCompleted(any);
        event.consume();
    }

    private static String version(Class<?> type) {
        String version = type.getPackage() == null ? null : type.getPackage().getImplementationVersion();
        return version == null ? "(development build)" : version;
    }
}
