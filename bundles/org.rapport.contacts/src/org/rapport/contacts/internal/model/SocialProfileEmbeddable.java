package org.rapport.contacts.internal.model;

import java.io.Serializable;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A person's profile on a social network: the network's name (lower case, e.g. {@code mastodon}, {@code bluesky},
 * {@code linkedin}), the handle there, the profile URL, the follower count last seen and whether it is verified.
 */
@Embeddable
public class SocialProfileEmbeddable implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "NETWORK", length = 40, nullable = false)
    private String network;
    @Column(name = "HANDLE", length = 200, nullable = false)
    private String handle;
    @Column(name = "URL", length = 500)
    private String url;
    @Column(name = "FOLLOWERS")
    private int followers;
    @Column(name = "VERIFIED")
    private boolean verified;

    protected SocialProfileEmbeddable() {
    }

    public SocialProfileEmbeddable(String network, String handle, String url, int followers, boolean verified) {
        this.network = network.toLowerCase(Locale.ROOT).trim();
        this.handle = handle.trim();
        this.url = url == null ? "" : url;
        this.followers = followers;
        this.verified = verified;
    }

    public String getNetwork() {
        return network;
    }

    public String getHandle() {
        return handle;
    }

    public String getUrl() {
        return url;
    }

    public int getFollowers() {
        return followers;
    }

    public boolean isVerified() {
        return verified;
    }

    /** The handle as compared when matching people: lower case, without a leading '@'. */
    public String normalizedHandle() {
        String h = handle.toLowerCase(Locale.ROOT);
        return h.startsWith("@") ? h.substring(1) : h;
    }

    @Override
    public String toString() {
        return network + ": " + handle + (followers > 0 ? " (" + followers + " followers)" : "");
    }
}
