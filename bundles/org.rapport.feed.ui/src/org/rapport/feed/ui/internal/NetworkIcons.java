package org.rapport.feed.ui.internal;

import java.util.Locale;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Control;

/** The icon of each network (Mastodon, Bluesky, RSS/Atom, files), freed with the control they are shown in. */
public final class NetworkIcons {

    private final ResourceManager resources;

    /** Icons for the lifetime of {@code owner}. */
    public NetworkIcons(Control owner) {
        resources = new LocalResourceManager(JFaceResources.getResources(), owner);
    }

    /** The icon of a network; an unknown network shows the feed icon. */
    public Image of(String network) {
        String name = switch (network == null ? "" : network.toLowerCase(Locale.ROOT)) {
            case "mastodon" -> "mastodon";
            case "bluesky" -> "bluesky";
            case "rss", "atom" -> "rss";
            case "file" -> "file";
            default -> "feed";
        };
        return icon(name);
    }

    /** One of this bundle's icons by name (without ".png"). */
    public Image icon(String name) {
        return resources.create(descriptor(name));
    }

    /** The descriptor of one of this bundle's icons. */
    public static ImageDescriptor descriptor(String name) {
        return ImageDescriptor.createFromFile(NetworkIcons.class, "/icons/" + name + ".png");
    }
}
