package org.rapport.persistence;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A domain bundle's persistence unit: its name in the bundle's {@code META-INF/persistence.xml}, the class loader that
 * sees that file and the entity classes (the domain bundle's own), and the schema version this build of the bundle
 * writes, with the steps that upgrade older versions.
 *
 * @param name          the persistence unit name, also the key of its schema version, e.g. {@code contacts}
 * @param classLoader   the domain bundle's class loader
 * @param schemaVersion the version this build writes, 1 or more
 * @param migrations    the upgrade steps up to {@code schemaVersion}, in any order
 */
public record PersistenceUnitSpec(String name, ClassLoader classLoader, int schemaVersion, List<SchemaMigration> migrations) {

    /** Checks the parts and sorts the migrations by version. */
    public PersistenceUnitSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(classLoader, "classLoader");
        if (!name.matches("[a-z][a-z0-9_.-]{0,63}")) {
            throw new IllegalArgumentException("unit name '" + name + "' must be 1-64 lower-case letters, digits, '.', '_' or '-'");
        }
        if (schemaVersion < 1) {
            throw new IllegalArgumentException("schema version of unit '" + name + "' must be 1 or more, was " + schemaVersion);
        }
        migrations = migrations.stream().sorted(Comparator.comparingInt(SchemaMigration::toVersion)).toList();
        for (SchemaMigration m : migrations) {
            if (m.toVersion() > schemaVersion) {
                throw new IllegalArgumentException("unit '" + name + "' has a migration to version " + m.toVersion()
                        + " beyond its schema version " + schemaVersion);
            }
        }
    }

    /** A unit at schema version 1, without migrations, whose classes and persistence.xml live beside {@code anchor}. */
    public static PersistenceUnitSpec of(String name, Class<?> anchor) {
        return new PersistenceUnitSpec(name, anchor.getClassLoader(), 1, List.of());
    }
}
