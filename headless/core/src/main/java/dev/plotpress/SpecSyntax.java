package dev.plotpress;

/** The two ways a spec is written: YAML (a superset of JSON) and strict JSON. */
public enum SpecSyntax {
    YAML, JSON
}
