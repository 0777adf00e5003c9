package org.esafety.admin.gias;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import org.esafety.platform.control.DomainException;
import org.esafety.tenant.boundary.SchoolImport;
import org.esafety.tenant.boundary.SchoolOnboarding;
import org.esafety.ui.Errors;
import org.esafety.ui.Pages;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Bulk onboarding in three steps on one address: upload a GIAS extract, check the preview (what
 * will be created, updated and left alone, and every row that cannot be imported, with its line,
 * column and value), then import and watch the progress.
 */
@Named
@RequestScoped
public class ImportPage {

    @Inject
    SchoolImport imports;

    private String job;
    private Part file;
    private SchoolImport.Job current;

    public void load() {
        getCurrent();
    }

    public String upload() {
        if (file == null || file.getSize() == 0) {
            Errors.add("file", "Select a GIAS extract (a CSV file)");
            return null;
        }
        try (InputStream in = file.getInputStream()) {
            return "/import?faces-redirect=true&job=" + imports.prepare(in).id();
        } catch (DomainException refused) {
            Errors.add("file", refused.getMessage());
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String start() {
        try {
            return "/import?faces-redirect=true&job=" + imports.start(job).id();
        } catch (DomainException refused) {
            Pages.refuse(refused);
            return null;
        }
    }

    public boolean isRunning() {
        return getCurrent() != null && current.isStarted() && !current.isFinished();
    }

    public int count(String outcome) {
        return current.count(SchoolOnboarding.Outcome.valueOf(outcome));
    }

    /**
     * The import named by the address, or on a postback by the form: read here, not in the view
     * action, because Faces decides which buttons exist (and so which actions run) before view actions.
     */
    public SchoolImport.Job getCurrent() {
        if (current == null) {
            String id = job != null ? job
                    : jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("job");
            if (id != null && !id.isBlank()) {
                job = id;
                try {
                    current = imports.job(id);
                } catch (DomainException refused) {
                    Pages.refuse(refused);
                }
            }
        }
        return current;
    }

    public String getJob() {
        return job;
    }

    public void setJob(String job) {
        this.job = job;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
