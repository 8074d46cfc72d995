package eu.art28.reports.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Locale;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.util.Faces;

import eu.art28.reports.control.ProcessingRegister;
import eu.art28.reports.control.RegisterFiles;

/** reports/register.xhtml: the Art. 30 register on a day (today unless chosen), to read and to take away. */
@Named
@ViewScoped
public class RegisterBacking implements Serializable {

    @Inject
    Register register;

    private LocalDate day = LocalDate.now();
    private ProcessingRegister.Document document;

    public ProcessingRegister.Document getDocument() {
        if (document == null) {
            document = register.on(day, locale());
        }
        return document;
    }

    public void show() {
        document = null;
    }

    /** Written straight into the response; the page is not rendered again. */
    public void download(RegisterFiles.Format format) {
        Locale locale = locale();
        ProcessingRegister.Document heading = register.heading(day);
        Faces.sendFile(format.fileName(heading), true,
                out -> format.write(heading, register.activities(day, locale), locale, out));
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day == null ? LocalDate.now() : day;
    }
}
