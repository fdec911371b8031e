package com.clientbook.web.customfield;

import com.clientbook.domain.customfield.CustomFieldType;
import com.clientbook.domain.shared.BusinessException;
import com.clientbook.services.customfield.CustomFieldInput;
import com.clientbook.services.customfield.CustomFieldService;
import com.clientbook.services.customfield.CustomFieldView;
import com.clientbook.web.security.CurrentUser;
import com.clientbook.web.shared.FormFields;
import com.clientbook.web.shared.LocalizedValidation;
import com.clientbook.web.shared.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * {@code /vendor/custom-fields.xhtml} (vendor admins): the vendor's custom fields, retired ones too, and the dialog
 * that defines or describes one anew; retiring and bringing back. A vendor has at most 100 fields, read whole.
 */
@Named
@ViewScoped
public class CustomFieldsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final FormFields FIELDS = FormFields.of("fieldForm", "key", "labelEn", "labelDe", "type", "options");

    @Inject
    CustomFieldService customFields;

    @Inject
    CurrentUser currentUser;

    @Inject
    LocalizedValidation validation;

    @Inject
    Messages messages;

    private List<CustomFieldView> fields;
    private CustomFieldView editing;
    private String key;
    private String labelEn;
    private String labelDe;
    private String type = CustomFieldType.TEXT.name();
    private String options;
    private boolean required;
    private boolean inList;
    private boolean filterable;

    @PostConstruct
    void init() {
        reload();
    }

    public void startCreating() {
        editing = null;
        key = null;
        labelEn = null;
        labelDe = null;
        type = CustomFieldType.TEXT.name();
        options = null;
        required = false;
        inList = false;
        filterable = false;
    }

    public void startEditing(long fieldId) {
        fields.stream().filter(f -> f.id() == fieldId).findFirst().ifPresent(f -> {
            editing = f;
            key = f.key();
            labelEn = f.labelEn();
            labelDe = f.labelDe();
            type = f.type();
            options = String.join("\n", f.options());
            required = f.required();
            inList = f.inList();
            filterable = f.filterable();
        });
    }

    public void save() {
        CustomFieldInput input = new CustomFieldInput(key, labelEn, labelDe, type, optionList(), required, inList,
                filterable, editing != null && editing.retired());
        var problems = validation.problems(input, messages.locale());
        if (!problems.isEmpty()) {
            problems.forEach(p -> messages.errorText(FIELDS.clientId(p.field()), p.message()));
            // a new field's key is checked by the service only; said here too, so every refusal shows at once
            if (editing == null && (key == null || !com.clientbook.domain.customfield.CustomField.KEY.matcher(key.strip()).matches())) {
                messages.errorText(FIELDS.clientId("key"), messages.text("customField.key.format"));
            }
            return;
        }
        try {
            if (editing == null) {
                customFields.create(currentUser.actor(), input);
            } else {
                customFields.change(currentUser.actor(), editing.id(), input, editing.version());
            }
        } catch (BusinessException e) {
            messages.refused(FIELDS, e);
            return;
        }
        PrimeFaces.current().executeScript("PF('fieldDialog').hide()");
        messages.notice("customFields.saved", label(input.labelEn(), input.labelDe()));
        reload();
        PrimeFaces.current().ajax().update("fieldsForm");
    }

    /** Retires a field (hidden, values kept) or brings it back. */
    public void retire(long fieldId, boolean retire) {
        fields.stream().filter(f -> f.id() == fieldId).findFirst().ifPresent(f -> {
            try {
                CustomFieldInput input = f.toInput();
                customFields.change(currentUser.actor(), fieldId, new CustomFieldInput(input.key(), input.labelEn(),
                        input.labelDe(), input.type(), input.options(), input.required(), input.inList(),
                        input.filterable(), retire), f.version());
                messages.notice(retire ? "customFields.retired" : "customFields.reinstated", f.label(messages.locale()));
            } catch (BusinessException e) {
                messages.error(null, e);
            }
        });
        reload();
    }

    private List<String> optionList() {
        return options == null ? List.of() : Arrays.stream(options.split("\\R")).map(String::strip)
                .filter(o -> !o.isEmpty()).toList();
    }

    private String label(String en, String de) {
        return "de".equals(messages.locale().getLanguage()) ? de : en;
    }

    private void reload() {
        fields = customFields.list(currentUser.actor(), true);
    }

    public String label(CustomFieldView field) {
        return field.label(messages.locale());
    }

    public List<String> getTypes() {
        return Arrays.stream(CustomFieldType.values()).map(Enum::name).toList();
    }

    public List<CustomFieldView> getFields() {
        return fields;
    }

    public boolean isEditing() {
        return editing != null;
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public String getLabelEn() {
        return labelEn;
    }

    public void setLabelEn(String labelEn) {
        this.labelEn = labelEn;
    }

    public String getLabelDe() {
        return labelDe;
    }

    public void setLabelDe(String labelDe) {
        this.labelDe = labelDe;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getOptions() {
        return options;
    }

    public void setOptions(String options) {
        this.options = options;
    }

    public boolean isRequired() {
        return required;
    }

    public void setRequired(boolean required) {
        this.required = required;
    }

    public boolean isInList() {
        return inList;
    }

    public void setInList(boolean inList) {
        this.inList = inList;
    }

    public boolean isFilterable() {
        return filterable;
    }

    public void setFilterable(boolean filterable) {
        this.filterable = filterable;
    }
}
