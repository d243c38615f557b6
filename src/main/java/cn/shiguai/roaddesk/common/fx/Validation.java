package cn.shiguai.roaddesk.common.fx;

import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Control;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.decoration.CompoundValidationDecoration;
import org.controlsfx.validation.decoration.GraphicValidationDecoration;
import org.controlsfx.validation.decoration.StyleClassValidationDecoration;

/**
 * Marks a field invalid (ControlsFX decoration, with the reason as its tooltip) whenever its
 * view model reports a problem. The rule lives in the view model; this only shows it.
 */
public final class Validation {
    private final ValidationSupport support = new ValidationSupport();

    public Validation() {
        // The icon shows where; the style class gives the field a red frame that stays
        // visible without hovering (and lets tests see the mark).
        support.setValidationDecorator(new CompoundValidationDecoration(
                new GraphicValidationDecoration(), new StyleClassValidationDecoration()));
    }

    public void watch(Control control, ObservableStringValue problem) {
        support.registerValidator(control, false,
                (Control c, Object value) -> ValidationResult.fromErrorIf(c, problem.get(), !problem.get().isEmpty()));
        // The problem may change because of another field (cross-field rules): re-check then too.
        problem.addListener((o, a, b) -> support.revalidate(control));
    }

    public ValidationSupport support() {
        return support;
    }
}
