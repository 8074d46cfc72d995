package eu.art28.platform.boundary;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import eu.art28.platform.control.SettingsInForce;

/** settings/list.xhtml: the settings in force, read-only, for the administrator. */
@Named
@RequestScoped
public class SettingsBacking {

    @Inject
    SettingsInForce settings;

    private List<SettingsInForce.Setting> rows;

    public List<SettingsInForce.Setting> getRows() {
        if (rows == null) {
            rows = settings.all();
        }
        return rows;
    }
}
