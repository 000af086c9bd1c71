package org.rapport.persistence.internal;

import java.io.IOException;
import java.util.function.Supplier;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.StorageException;
import org.rapport.persistence.DatabaseException;
import org.rapport.persistence.DatabaseException.Reason;

/**
 * The server database's password in Eclipse secure storage (encrypted with the user's master password or the
 * operating system's keyring), never in a preference file. Node {@code /org.rapport.persistence}, key
 * {@code db.password}.
 */
final class StoredPassword {

    static final String NODE = "org.rapport.persistence";
    static final String KEY = "db.password";

    private final Supplier<ISecurePreferences> root;

    /** @param root the secure storage to use, e.g. {@code SecurePreferencesFactory::getDefault} */
    StoredPassword(Supplier<ISecurePreferences> root) {
        this.root = root;
    }

    /** The stored password, or {@code null} when none is stored (or there is no secure storage at all). */
    String read() {
        ISecurePreferences node = node();
        if (node == null) {
            return null;
        }
        try {
            return node.get(KEY, null);
        } catch (StorageException e) {
            throw new DatabaseException(Reason.UNREACHABLE, "The database password in Eclipse secure storage could not"
                    + " be read (" + e.getMessage() + "). Enter it again in Window > Preferences > Rapport > Database,"
                    + " or give it in the environment variable RAPPORT_DB_PASSWORD.", e);
        }
    }

    /** Stores the password encrypted; an empty or {@code null} password removes it. */
    void store(String password) {
        ISecurePreferences node = node();
        if (node == null) {
            throw new DatabaseException(Reason.OTHER, "This installation has no Eclipse secure storage to keep the"
                    + " database password in; give it in the environment variable RAPPORT_DB_PASSWORD instead.");
        }
        try {
            if (password == null || password.isEmpty()) {
                node.remove(KEY);
            } else {
                node.put(KEY, password, true);
            }
            node.flush();
        } catch (StorageException | IOException e) {
            throw new DatabaseException(Reason.OTHER, "The database password could not be saved in Eclipse secure"
                    + " storage: " + e.getMessage(), e);
        }
    }

    /** Whether a password is stored, without decrypting it. */
    boolean isStored() {
        ISecurePreferences node = node();
        return node != null && java.util.Arrays.asList(node.keys()).contains(KEY);
    }

    private ISecurePreferences node() {
        ISecurePreferences secure = root.get();
        return secure == null ? null : secure.node(NODE);
    }
}
