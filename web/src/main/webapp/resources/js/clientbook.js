/* Clientbook's few lines of page script; PrimeFaces does the rest. */
var cb = window.cb || {};

/**
 * Filters a PrimeFaces table once typing pauses for 400 ms, as the column filters' filterDelay does: one query for
 * "alpine" instead of six, and the last answer is always the one for the whole word.
 */
cb.filterSoon = function (widgetVar) {
    clearTimeout(cb.filterTimer);
    cb.filterTimer = setTimeout(function () {
        PF(widgetVar).filter();
    }, 400);
};
