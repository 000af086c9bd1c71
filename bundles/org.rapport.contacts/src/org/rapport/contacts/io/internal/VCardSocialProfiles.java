package org.rapport.contacts.io.internal;

import java.util.List;


import ezvcard.VCard;
import ezvcard.property.Impp;
import ezvcard.property.RawProperty;
import ezvcard.property.Url;

import org.rapport.contacts.internal.model.SocialProfileEmbeddable;

/**
 * The social profiles of a vCard: vCard 4.0's {@code SOCIALPROFILE} (RFC 9554: the network in SERVICE-TYPE, the
 * profile's URI as value, or its user name as text with VALUE=text; USERNAME may name the handle), Apple's
 * {@code X-SOCIALPROFILE} (network in TYPE, handle in X-USER, the profile's
 * URL as value; Rapport adds X-FOLLOWERS and X-VERIFIED), instant messaging addresses ({@code IMPP}, network from
 * X-SERVICE-TYPE or the URI scheme) and web pages ({@code URL}) of known networks. A profile that comes twice (an
 * X-SOCIALPROFILE and the URL of the same page) is kept once.
 */
final class VCardSocialProfiles {

    private VCardSocialProfiles() {
    }

    /** Adds the card's profiles from X-SOCIALPROFILE, IMPP and URL to the contact, each profile once. */
    static void read(VCard vcard, IncomingContact contact) {
        for (RawProperty raw : vcard.getExtendedProperties(VCardMapper.RFC_SOCIAL_PROFILE)) {
            rfcSocialProfile(raw, contact);
        }
        for (RawProperty raw : vcard.getExtendedProperties(VCardMapper.SOCIAL_PROFILE)) {
            socialProfile(raw, contact);
        }
        for (Impp impp : vcard.getImpps()) {
            String service = impp.getParameter("X-SERVICE-TYPE");
            String network = SocialUrls.network(service != null ? service : text(impp.getProtocol()));
            String handle = impp.getHandle();
            if (!network.isEmpty() && handle != null && !handle.isBlank()) {
                add(new SocialProfileEmbeddable(network, handle, "", 0, false), "IMPP", contact);
            }
        }
        for (Url url : vcard.getUrls()) {
            if (url.getValue() != null && !url.getValue().isBlank()) {
                // Google's vCard export escapes the colon of a URL ("https\://"), which vCard 3.0 does not ask for
                add(SocialUrls.profile(url.getValue().replace("\\:", ":"), 0, false), "URL", contact);
            }
        }
    }

    /**
     * RFC 9554: {@code SOCIALPROFILE;SERVICE-TYPE=Mastodon:https://mastodon.social/@ada}, or
     * {@code SOCIALPROFILE;SERVICE-TYPE=SomeSite;VALUE=text:ada}. The handle is the one the network's profile URL
     * names (Mastodon's {@code @ada@mastodon.social}, Bluesky's {@code ada.bsky.social}), else USERNAME, else the text.
     */
    private static void rfcSocialProfile(RawProperty raw, IncomingContact contact) {
        String value = text(raw.getValue()).trim();
        String network = SocialUrls.network(raw.getParameter("SERVICE-TYPE"));
        String user = text(raw.getParameter("USERNAME")).trim();
        int followers = 0;
        boolean verified = false;
        try {
            String count = raw.getParameter(VCardMapper.FOLLOWERS);
            String check = raw.getParameter(VCardMapper.VERIFIED);
            followers = count == null ? 0 : ValueParsers.count(count);
            verified = check != null && ValueParsers.yesNo(check);
        } catch (ValueProblem problem) {
            contact.problem(VCardMapper.RFC_SOCIAL_PROFILE, value, problem);
        }
        String url = "";
        if (value.contains("://")) {
            url = value;
            SocialProfileEmbeddable fromUrl = SocialUrls.profile(value, followers, verified);
            boolean known = !SocialUrls.WEBSITE.equals(fromUrl.getNetwork());
            if (known && (network.isEmpty() || network.equals(fromUrl.getNetwork()))) {
                network = fromUrl.getNetwork();
                user = fromUrl.getHandle();
            } else if (user.isEmpty()) {
                user = known ? fromUrl.getHandle() : lastSegment(value);
            }
        } else if (user.isEmpty()) {
            user = value;
        }
        if (network.isEmpty() || user.isBlank()) {
            contact.skip(VCardMapper.RFC_SOCIAL_PROFILE, value, "a social profile without SERVICE-TYPE or user name;"
                    + " it was left out, the rest of the card is imported");
            return;
        }
        add(new SocialProfileEmbeddable(network, user, url, followers, verified), VCardMapper.RFC_SOCIAL_PROFILE,
                contact);
    }

    /** "https://example.social/users/ada/" to "ada": the user part of an unknown network's profile address. */
    private static String lastSegment(String url) {
        String path = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        String last = path.substring(path.lastIndexOf('/') + 1);
        return last.contains(".") && path.indexOf('/', path.indexOf("://") + 3) < 0 ? "" : last;
    }

    /** Apple: {@code X-SOCIALPROFILE;type=twitter;x-user=ada:https://twitter.com/ada}; Rapport adds followers. */
    private static void socialProfile(RawProperty raw, IncomingContact contact) {
        String value = text(raw.getValue()).trim();
        String network = SocialUrls.network(text(raw.getParameters().getType()));
        String user = raw.getParameter("X-USER");
        int followers = 0;
        boolean verified = false;
        try {
            String count = raw.getParameter(VCardMapper.FOLLOWERS);
            String check = raw.getParameter(VCardMapper.VERIFIED);
            followers = count == null ? 0 : ValueParsers.count(count);
            verified = check != null && ValueParsers.yesNo(check);
        } catch (ValueProblem problem) {
            contact.problem(VCardMapper.SOCIAL_PROFILE, value, problem);
        }
        boolean isUrl = value.contains("://");
        String url = isUrl ? value : "";
        if (user == null || user.isBlank()) {
            if (isUrl) {
                SocialProfileEmbeddable fromUrl = SocialUrls.profile(value, followers, verified);
                user = fromUrl.getHandle();
                network = network.isEmpty() ? fromUrl.getNetwork() : network;
            } else {
                user = value.startsWith("x-apple:") ? value.substring(8) : value;
            }
        }
        if (network.isEmpty() || user.isBlank()) {
            contact.skip(VCardMapper.SOCIAL_PROFILE, value, "a social profile without network or handle; it was left out");
            return;
        }
        add(new SocialProfileEmbeddable(network, user, url, followers, verified), VCardMapper.SOCIAL_PROFILE, contact);
    }

    /** Adds a profile unless the card has it already (an X-SOCIALPROFILE and the URL of the same profile). */
    private static void add(SocialProfileEmbeddable profile, String source, IncomingContact contact) {
        List<SocialProfileEmbeddable> profiles = contact.person().getSocialProfiles();
        for (int i = 0; i < profiles.size(); i++) {
            SocialProfileEmbeddable known = profiles.get(i);
            if (known.getNetwork().equals(profile.getNetwork())
                    && known.normalizedHandle().equals(profile.normalizedHandle())) {
                if (known.getUrl().isEmpty() && !profile.getUrl().isEmpty()) {
                    profiles.set(i, new SocialProfileEmbeddable(known.getNetwork(), known.getHandle(), profile.getUrl(),
                            known.getFollowers(), known.isVerified()));
                }
                return;
            }
        }
        contact.source("socialProfiles[" + profiles.size() + "]", source);
        profiles.add(profile);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
