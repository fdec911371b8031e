package com.clientbook.web.customer;

import com.clientbook.domain.shared.BusinessException;
import com.clientbook.domain.shared.InvalidInputException;
import com.clientbook.domain.shared.Text;
import com.clientbook.services.customer.CompanySearch;
import com.clientbook.services.customer.CustomerLink;
import com.clientbook.services.customer.CustomerLinkService;
import com.clientbook.services.customer.CustomerNumberTakenException;
import com.clientbook.services.customer.CustomerView;
import com.clientbook.services.shared.TooManyRequestsException;
import com.clientbook.web.security.CurrentUser;
import com.clientbook.web.shared.LocalizedValidation;
import com.clientbook.web.shared.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/**
 * {@code /vendor/link-customer.xhtml}: find an existing customer company by e-mail or name (case, accents and a typo
 * make no difference), pick one, give it a customer number if wanted, and link it. Hits that are the vendor's
 * customers already are marked with their customer number and not offered. On success, back to the customer list
 * with a notice. Searches and links count against the vendor's limits, which the page names at the field.
 */
@Named
@ViewScoped
public class LinkCustomerBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "linkForm";
    static final String QUERY_FIELD = FORM + ":query:input";
    static final String NUMBER_FIELD = FORM + ":customerNumber:input";
    /** Refusals about the company itself (already linked, not a customer company) show beside the chosen company. */
    static final String CHOSEN = FORM + ":chosen";

    @Inject
    CustomerLinkService links;

    @Inject
    CurrentUser currentUser;

    @Inject
    LocalizedValidation validation;

    @Inject
    Messages messages;

    private String query;
    private List<LinkCandidate> hits;
    private LinkCandidate chosen;
    private String customerNumber;

    /** An "@" makes the query an e-mail address, matched exactly; anything else is a name, matched by similarity. */
    public void search() {
        chosen = null;
        hits = null;
        String typed = Text.trimToNull(query);
        if (typed == null || (!typed.contains("@") && typed.length() < CompanySearch.NAME_MIN)) {
            messages.error(QUERY_FIELD, "linkCustomer.queryTooShort", CompanySearch.NAME_MIN);
            return;
        }
        try {
            hits = links.findCompanies(currentUser.actor(), typed.contains("@") ? CompanySearch.byEmail(typed) : CompanySearch.byName(typed))
                    .stream().map(LinkCandidate::of).toList();
        } catch (InvalidInputException e) {
            messages.error(QUERY_FIELD, "linkCustomer.queryTooShort", CompanySearch.NAME_MIN);
        } catch (TooManyRequestsException e) {
            messages.error(QUERY_FIELD, e);
        }
    }

    /** Offers a hit for linking; one that is the vendor's customer already is shown, not offered. */
    public void choose(LinkCandidate candidate) {
        if (candidate.isYourCustomer()) {
            return;
        }
        chosen = candidate;
        customerNumber = null;
    }

    public String link() {
        if (chosen == null) {
            messages.error(QUERY_FIELD, "linkCustomer.chooseFirst");
            return null;
        }
        CustomerLink input = CustomerLink.ofHit(chosen.handle(), customerNumber);
        var problems = validation.problems(input, messages.locale());
        if (!problems.isEmpty()) {
            problems.forEach(p -> messages.errorText(NUMBER_FIELD, p.message()));
            return null;
        }
        CustomerView linked;
        try {
            linked = links.link(currentUser.actor(), input);
        } catch (InvalidInputException e) {
            messages.fieldErrorsAt(NUMBER_FIELD, e);
            return null;
        } catch (CustomerNumberTakenException e) {
            messages.error(NUMBER_FIELD, e);
            return null;
        } catch (BusinessException e) {
            messages.error(CHOSEN, e);
            return null;
        }
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        messages.notice("customer.linked", linked.companyName());
        return "/vendor/customers?faces-redirect=true";
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    /** {@code null} before the first search, so the page can tell "not searched yet" from "nothing found". */
    public List<LinkCandidate> getHits() {
        return hits;
    }

    public LinkCandidate getChosen() {
        return chosen;
    }

    public String getCustomerNumber() {
        return customerNumber;
    }

    public void setCustomerNumber(String customerNumber) {
        this.customerNumber = customerNumber;
    }
}
