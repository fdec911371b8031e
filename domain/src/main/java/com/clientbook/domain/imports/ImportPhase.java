package com.clientbook.domain.imports;

/**
 * Which pass an import is in: a dry run and an all-or-nothing import first CHECK every row; an import then APPLIES
 * them (any other import does each row in one pass, applying it at once).
 */
public enum ImportPhase {
    CHECK,
    APPLY
}
