package com.clientbook.web.delivery;

import com.clientbook.domain.delivery.ClosureRule;
import com.clientbook.domain.shared.BusinessException;
import com.clientbook.domain.shared.NotFoundException;
import com.clientbook.services.delivery.ClosureInput;
import com.clientbook.services.delivery.ClosureService;
import com.clientbook.services.delivery.ClosureView;
import com.clientbook.web.security.CurrentUser;
import com.clientbook.web.shared.FormFields;
import com.clientbook.web.shared.LocalizedValidation;
import com.clientbook.web.shared.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * {@code /vendor/closures.xhtml}: the vendor's closure days (public holidays, inventory days), each skipping the
 * deliveries planned for it or moving them to the nearest open day before or after. Everyone of the vendor reads them;
 * admins add and remove them.
 */
@Named
@ViewScoped
public class ClosuresBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "closureForm";
    private static final FormFields FIELDS = FormFields.of(FORM, "day", "rule", "reason");

    @Inject
    ClosureService closures;

    @Inject
    CurrentUser currentUser;

    @Inject
    LocalizedValidation validation;

    @Inject
    Messages messages;

    private List<ClosureView> list;
    private LocalDate day;
    private ClosureRule rule = ClosureRule.MOVE_EARLIER;
    private String reason;

    @PostConstruct
    void init() {
        load();
    }

    public void add() {
        ClosureInput input = new ClosureInput(day, rule, reason);
        var problems = validation.problems(input, messages.locale());
        if (!problems.isEmpty()) {
            problems.forEach(p -> messages.errorText(FIELDS.clientId(p.field()), p.message()));
            return;
        }
        try {
            closures.add(currentUser.actor(), input);
        } catch (BusinessException e) {
            messages.refused(FIELDS, e);
            return;
        }
        messages.notice("closures.added", new DeliveryWords(messages).day(day));
        day = null;
        reason = null;
        load();
    }

    public void remove(ClosureView closure) {
        try {
            closures.remove(currentUser.actor(), closure.id());
            messages.notice("closures.removed", new DeliveryWords(messages).day(closure.day()));
        } catch (NotFoundException e) {
            // removed meanwhile by someone else: the list shows what stands
        } catch (BusinessException e) {
            messages.refusal(e);
        }
        load();
    }

    private void load() {
        list = closures.list(currentUser.actor(), null);
    }

    public String day(LocalDate date) {
        return new DeliveryWords(messages).day(date);
    }

    public List<ClosureView> getList() {
        return list;
    }

    public List<SelectItem> getRules() {
        return Arrays.stream(ClosureRule.values())
                .map(r -> new SelectItem(r, messages.text("closures.rule." + r.name()))).toList();
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public ClosureRule getRule() {
        return rule;
    }

    public void setRule(ClosureRule rule) {
        this.rule = rule;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
