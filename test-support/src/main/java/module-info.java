/**
 * Plotpress test support: screenshot assertions ({@code ImageAssert}) and the leak check ({@code LeakCheck}) for
 * users' own tests, AssertJ style. Depends on plotpress-core only.
 */
module dev.plotpress.testing {
    requires transitive dev.plotpress.core;
    requires transitive org.assertj.core;

    exports dev.plotpress.testing;
}
