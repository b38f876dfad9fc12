/** An embedder's program as a module: it requires Plotpress core and reads nothing but what core exports. */
module dev.plotpress.examples.modular {
    requires dev.plotpress.core;

    // Table.of(records) reads the records' components
    opens dev.plotpress.examples.modular to dev.plotpress.core;
}
