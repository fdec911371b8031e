package com.clientbook.web.customfield;

import com.clientbook.domain.customfield.CustomFieldType;
import com.clientbook.domain.customfield.CustomFieldValues;
import com.clientbook.domain.shared.BusinessException;
import com.clientbook.domain.shared.ConcurrentChangeException;
import com.clientbook.domain.shared.InvalidInputException;
import com.clientbook.services.customer.CustomerPatch;
import com.clientbook.services.customer.CustomerService;
import com.clientbook.services.customfield.CustomFieldService;
import com.clientbook.services.customfield.CustomFieldView;
import com.clientbook.web.customer.CustomerBacking;
import com.clientbook.web.security.CurrentUser;
import com.clientbook.web.shared.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The "Custom fields" section of {@code /vendor/customer.xhtml}: each of the vendor's active fields with the
 * customer's value, typed in the reader's language (numbers as 1,234.5 or 1.234,5, dates as 2026-12-31 or
 * 31.12.2026) and saved together through the customer's PATCH path, from the version the page shows. The customer is
 * the page's ({@link CustomerBacking}), so another vendor's customer never gets this far (404).
 */
@Named
@ViewScoped
public class CustomerFieldsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CustomFieldService customFields;

    @Inject
    CustomerService customers;

    @Inject
    CustomerBacking customerBacking;

    @Inject
    CurrentUser currentUser;

    @Inject
    Messages messages;

    private List<Row> rows;

    /** One field with what the page shows and takes: text for text, numbers and dates; a flag; a list of options. */
    public static final class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final CustomFieldView field;
        private final String label;
        private String text;
        private Boolean flag;
        private List<String> chosen = new ArrayList<>();

        Row(CustomFieldView field, String label) {
            this.field = field;
            this.label = label;
        }

        public CustomFieldView getField() {
            return field;
        }

        public String getLabel() {
            return label;
        }

        public String getType() {
            return field.type();
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        public String getFlag() {
            return flag == null ? "" : flag.toString();
        }

        public void setFlag(String flag) {
            this.flag = flag == null || flag.isBlank() ? null : Boolean.valueOf(flag);
        }

        public List<String> getChosen() {
            return chosen;
        }

        public void setChosen(List<String> chosen) {
            this.chosen = chosen == null ? new ArrayList<>() : new ArrayList<>(chosen);
        }
    }

    public List<Row> getRows() {
        if (rows == null) {
            load();
        }
        return rows;
    }

    public boolean isShown() {
        return !getRows().isEmpty();
    }

    private void load() {
        Locale locale = messages.locale();
        long customerId = customerBacking.getDetails().customer().id();
        Map<String, Object> values = customers.customFields(currentUser.actor(), customerId);
        rows = new ArrayList<>();
        for (CustomFieldView field : customFields.list(currentUser.actor(), false)) {
            Row row = new Row(field, field.label(locale));
            Object wire = values.get(field.key());
            CustomFieldType type = CustomFieldType.valueOf(field.type());
            switch (type) {
                case YES_NO -> row.flag = (Boolean) wire;
                case CHOICES -> row.setChosen(wire == null ? List.of() : castList(wire));
                case DATE -> row.text = wire == null ? "" : CustomFieldValues.format(type, LocalDate.parse((String) wire), locale);
                case NUMBER, DECIMAL -> row.text = wire == null ? "" : CustomFieldValues.format(type, (BigDecimal) wire, locale);
                default -> row.text = wire == null ? "" : String.valueOf(wire);
            }
            rows.add(row);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> castList(Object value) {
        return (List<String>) value;
    }

    public void save() {
        Locale locale = messages.locale();
        Map<String, Object> wire = new LinkedHashMap<>();
        boolean wrong = false;
        for (Row row : rows) {
            CustomFieldType type = CustomFieldType.valueOf(row.field.type());
            switch (type) {
                case YES_NO -> wire.put(row.field.key(), row.flag);
                case CHOICES -> wire.put(row.field.key(), row.chosen.isEmpty() ? null : List.copyOf(row.chosen));
                case NUMBER, DECIMAL, DATE -> {
                    try {
                        wire.put(row.field.key(), CustomFieldValues.parse(row.field.key(), type, row.text, locale));
                    } catch (CustomFieldValues.RefusedValue refused) {
                        messages.errorText(clientId(row), messages.text(refused.error()));
                        wrong = true;
                    }
                }
                default -> wire.put(row.field.key(), row.text == null || row.text.isBlank() ? null : row.text);
            }
        }
        if (wrong) {
            return;
        }
        var customer = customerBacking.getDetails().customer();
        try {
            customers.change(currentUser.actor(), customer.id(), CustomerPatch.nothing().withCustomFields(wire),
                    customer.version());
        } catch (InvalidInputException e) {
            e.errors().forEach(error -> messages.errorText(clientIdOf(error.field()), messages.text(error)));
            return;
        } catch (ConcurrentChangeException e) {
            messages.refusal(e);
            customerBacking.open();
            rows = null;
            return;
        } catch (BusinessException e) {
            messages.error(null, e);
            return;
        }
        customerBacking.open();
        rows = null;
        messages.notice("customerFields.saved");
    }

    /** The input of a row, where its refusal is shown (a message at the field, as on every form). */
    private String clientId(Row row) {
        String input = switch (CustomFieldType.valueOf(row.field.type())) {
            case LONG_TEXT -> "longText";
            case YES_NO -> "flag";
            case CHOICE -> "choice";
            case CHOICES -> "choices";
            default -> "text";
        };
        return VALUES + ":" + rows.indexOf(row) + ":" + input;
    }

    /** The input a refusal naming {@code customFields.<key>} belongs to; the form's messages for any other. */
    private String clientIdOf(String errorField) {
        return rows.stream().filter(r -> errorField.equals("customFields." + r.field.key())).findFirst()
                .map(this::clientId).orElse(null);
    }

    /** The repeat of the section's fields in {@code customer.xhtml}. */
    private static final String VALUES = "customFieldsForm:values";
}
