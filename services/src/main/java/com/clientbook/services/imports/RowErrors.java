package com.clientbook.services.imports;

import java.util.ArrayList;
import java.util.List;

/**
 * What is wrong with one row of an import file, as it is read: each error's column title (for the report's error
 * column) and its message, stored as bundle keys ({@link ImportMessage}) whose first argument names the column.
 */
final class RowErrors {

    private final List<String> columns = new ArrayList<>();
    private final List<String> messages = new ArrayList<>();

    /** An error of the column with this title and (enum) name: the message key and its arguments after the column. */
    void fail(String title, String name, String key, Object... arguments) {
        Object[] all = new Object[arguments.length + 1];
        all[0] = ImportMessage.name(name);
        System.arraycopy(arguments, 0, all, 1, arguments.length);
        add(title, ImportMessage.of(key, all));
    }

    /** An error about the given columns, already worded. */
    void add(String columnTitles, String message) {
        columns.add(columnTitles);
        messages.add(message);
    }

    boolean isEmpty() {
        return messages.isEmpty();
    }

    /** The columns at fault, joined; {@code null} for a row without errors. */
    String columns() {
        return isEmpty() ? null : String.join(", ", columns);
    }

    /** The stored message; {@code null} for a row without errors. */
    String message() {
        return isEmpty() ? null : ImportMessage.join(messages);
    }
}
