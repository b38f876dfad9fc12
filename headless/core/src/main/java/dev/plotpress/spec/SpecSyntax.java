package dev.plotpress.spec;

/** The two ways a spec is written: YAML (a superset of JSON) and strict JSON. */
public enum SpecSyntax {
    YAML, JSON
}
