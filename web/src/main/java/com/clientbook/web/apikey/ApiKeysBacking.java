package com.clientbook.web.apikey;

import com.clientbook.domain.shared.BusinessException;
import com.clientbook.services.apikey.ApiKeyService;
import com.clientbook.services.apikey.ApiKeyView;
import com.clientbook.services.apikey.NewApiKey;
import com.clientbook.web.security.CurrentUser;
import com.clientbook.web.shared.LocalizedValidation;
import com.clientbook.web.shared.DateTimes;
import com.clientbook.web.shared.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * {@code /vendor/api-keys.xhtml}: the vendor's API keys, the "New API key" dialog that shows a new secret once,
 * and revoking. A vendor has a handful of keys, so the list is read whole.
 */
@Named
@ViewScoped
public class ApiKeysBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String NAME_FIELD = "newKeyForm:name:input";

    @Inject
    ApiKeyService apiKeyService;

    @Inject
    CurrentUser currentUser;

    @Inject
    LocalizedValidation validation;

    @Inject
    Messages messages;

    @Inject
    DateTimes dateTimes;

    private List<ApiKeyRow> keys;
    private String name;
    /** The secret of the key just issued, until its dialog is closed: the only time anyone can read it. */
    private String issuedSecret;

    @PostConstruct
    void init() {
        reload();
    }

    /** Opens the "New API key" dialog empty. */
    public void startIssuing() {
        name = null;
        issuedSecret = null;
    }

    public void issue() {
        NewApiKey input = new NewApiKey(name);
        var problems = validation.problems(input, messages.locale());
        if (!problems.isEmpty()) {
            problems.forEach(p -> messages.errorText(NAME_FIELD, p.message()));
            return;
        }
        try {
            issuedSecret = apiKeyService.issue(currentUser.actor(), input).secret();
        } catch (BusinessException e) {
            messages.refusedAt(NAME_FIELD, e);
            return;
        }
        name = null;
        reload();
        PrimeFaces.current().ajax().update("keysForm:keys");
    }

    /** The secret's dialog was closed: nobody can read the secret again. */
    public void forgetSecret() {
        issuedSecret = null;
    }

    public void revoke(long keyId) {
        try {
            ApiKeyView revoked = apiKeyService.revoke(currentUser.actor(), keyId);
            messages.notice("apiKeys.revoked", revoked.name());
        } catch (BusinessException e) {
            messages.error(null, e);
        }
        reload();
    }

    private void reload() {
        keys = apiKeyService.list(currentUser.actor()).stream().map(ApiKeyRow::new).toList();
    }

    public String dateOf(Instant instant) {
        return dateTimes.dateTime(instant);
    }

    public List<ApiKeyRow> getKeys() {
        return keys;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getIssuedSecret() {
        return issuedSecret;
    }
}
