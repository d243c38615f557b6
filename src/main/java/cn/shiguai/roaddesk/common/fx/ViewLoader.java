package cn.shiguai.roaddesk.common.fx;

import cn.shiguai.roaddesk.common.i18n.Messages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.function.Supplier;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/**
 * Loads an FXML view with the product's texts and a controller built by the caller, so
 * controllers get their view models through constructors instead of looking them up.
 */
public final class ViewLoader {
    private final Messages messages;

    public ViewLoader(Messages messages) {
        this.messages = messages;
    }

    public Messages messages() {
        return messages;
    }

    /** A loaded view: its root node and its controller. */
    public record Loaded<C>(Parent root, C controller) { }

    public <C> Loaded<C> load(String fxml, Supplier<C> controller) {
        URL url = ViewLoader.class.getResource("/fxml/" + fxml);
        if (url == null) {
            throw new IllegalArgumentException("no view " + fxml);
        }
        FXMLLoader loader = new FXMLLoader(url, messages.bundle());
        C instance = controller.get();
        loader.setControllerFactory(type -> {
            if (!type.isInstance(instance)) {
                throw new IllegalStateException(fxml + " asks for " + type + ", not " + instance.getClass());
            }
            return instance;
        });
        try {
            Parent root = loader.load();
            return new Loaded<>(root, instance);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load view " + fxml, e);
        }
    }
}
