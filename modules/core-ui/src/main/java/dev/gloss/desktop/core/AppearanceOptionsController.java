package dev.gloss.desktop.core;

import dev.gloss.desktop.core.widgets.OptionsPage;
import org.netbeans.spi.options.OptionsPanelController;
import org.openide.util.NbBundle;

/**
 * Registers the Appearance page of Tools ▸ Options. Its id is Gloss's own: the platform's
 * Appearance category (look and feel, document tabs, windows) is hidden in layer.xml, and a
 * second category of the same name made the dialog show the platform's pages for this one.
 */
@OptionsPanelController.TopLevelRegistration(
        id = AppearanceOptionsController.ID,
        categoryName = "#OptionsCategory_Appearance",
        iconBase = "dev/gloss/desktop/core/appearance32.png",
        keywords = "#OptionsKeywords_Appearance",
        keywordsCategory = AppearanceOptionsController.ID,
        position = 950)
@NbBundle.Messages({
    "OptionsCategory_Appearance=Appearance",
    "OptionsKeywords_Appearance=theme dark light look feel"
})
public final class AppearanceOptionsController extends OptionsPage<AppearancePanel> {
    /** The category's id, for {@code OptionsDisplayer.getDefault().open(ID)}. */
    public static final String ID = "GlossAppearance";

    @Override
    protected AppearancePanel createForm() {
        return new AppearancePanel();
    }
}
