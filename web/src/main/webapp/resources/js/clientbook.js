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

/*
 * Escape in an open date picker closes the picker only. A dialog closes on Escape unless the key press was handled
 * already (PrimeFaces' dialog checks isDefaultPrevented); jQuery runs handlers delegated from the document before
 * the dialog's own handler there, so marking the key press here keeps the dialog, and what was typed in it, open.
 */
document.addEventListener('DOMContentLoaded', function () {
    if (!window.jQuery) {
        return;
    }
    jQuery(document).on('pfAjaxComplete', cb.keepRefusedDates);
    jQuery(document).on('keydown', '.ui-calendar input', function (event) {
        if (event.key === 'Escape' && jQuery('.ui-datepicker.ui-input-overlay:visible').length) {
            event.preventDefault();
        }
    });
});

/*
 * PrimeFaces' simple file upload without its skin is the browser's own file input, visible, focusable and labelled,
 * yet rendered with aria-hidden="true", which hides it from screen readers (axe: aria-hidden-focus). The skinned one
 * keeps its hidden input out of the tab order itself (tabindex -1), so only the unskinned one is freed here.
 */
window.addEventListener('load', function () {
    document.querySelectorAll('input[type=file][aria-hidden=true]:not([tabindex="-1"])').forEach(function (input) {
        input.removeAttribute('aria-hidden');
    });
});

/*
 * A refused date stays as typed: the server renders it back into the field, but the date picker's script empties a
 * field whose text is no date when it starts. The text is put back, so that the person corrects it rather than
 * retyping it; the form posts the field's text, so a corrected date is read as usual.
 */
cb.keepRefusedDates = function () {
    document.querySelectorAll('.ui-calendar input.ui-state-error').forEach(function (input) {
        var typed = input.getAttribute('value');
        if (typed && !input.value) {
            input.value = typed;
        }
    });
};
