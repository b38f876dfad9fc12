package dev.plotpress.app;

import dev.plotpress.export.ImageFormat;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/** The menu bar and its keyboard shortcuts. */
final class ViewerMenus {
    private final ViewerWindow window;

    ViewerMenus(ViewerWindow window) {
        this.window = window;
    }

    MenuBar bar() {
        Menu file = new Menu("_File", null,
                item("_Open...", "Shortcut+O", window::chooseAndOpen),
                item("_Save spec...", "Shortcut+S", window::chooseAndSaveSpec),
                new SeparatorMenuItem(),
                item("Export _PNG...", "Shortcut+E", () -> window.chooseAndExport(ImageFormat.PNG)),
                item("Export _JPEG...", "Shortcut+Shift+E", () -> window.chooseAndExport(ImageFormat.JPEG)),
                item("Export S_VG...", "Shortcut+Alt+E", () -> window.chooseAndExport(ImageFormat.SVG)),
                item("Export P_DF...", "Shortcut+Alt+P", () -> window.chooseAndExport(ImageFormat.PDF)),
                item("Copy as _data URI", "Shortcut+Shift+C", window::copyDataUri),
                new SeparatorMenuItem(),
                item("_Close tab", "Shortcut+W", window::closeSelected),
                item("_Quit", "Shortcut+Q", () -> window.stage().close()));
        Menu view = new Menu("_View", null,
                item("_Reset zoom", new KeyCodeCombination(KeyCode.HOME), window::resetZoom));
        Menu help = new Menu("_Help", null, item("_About Plotpress", (KeyCombination) null, window::showAbout));
        MenuBar bar = new MenuBar(file, view, help);
        bar.setId("menu-bar");
        return bar;
    }

    private static MenuItem item(String text, String shortcut, Runnable action) {
        return item(text, shortcut == null ? null : KeyCombination.keyCombination(shortcut), action);
    }

    private static MenuItem item(String text, KeyCombination shortcut, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setAccelerator(shortcut);
        item.setOnAction(event -> action.run());
        return item;
    }
}
