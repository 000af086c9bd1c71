package org.rapport.api.tests;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.osgi.framework.Bundle;
import org.osgi.framework.Version;
import org.osgi.framework.namespace.PackageNamespace;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.BundleWiring;

/**
 * Reads the API a bundle exports, by reflection over its classes: every package it exports to everybody (not
 * {@code x-internal}, not {@code x-friends}), with every public type and its public and protected members.
 */
final class ApiReader {

    private ApiReader() {
    }

    /** The bundle's exported packages by name. */
    static Map<String, PackageApi> read(Bundle bundle) {
        BundleWiring wiring = bundle.adapt(BundleWiring.class);
        BundleRevision revision = bundle.adapt(BundleRevision.class);
        Map<String, PackageApi> packages = new TreeMap<>();
        for (BundleCapability export : revision.getDeclaredCapabilities(PackageNamespace.PACKAGE_NAMESPACE)) {
            Map<String, String> directives = export.getDirectives();
            if ("true".equals(directives.get("x-internal")) || directives.containsKey("x-friends")) {
                continue;
            }
            String name = (String) export.getAttributes().get(PackageNamespace.PACKAGE_NAMESPACE);
            Version version = (Version) export.getAttributes().get(PackageNamespace.CAPABILITY_VERSION_ATTRIBUTE);
            packages.put(name, new PackageApi(name, version, signatures(wiring, name)));
        }
        return packages;
    }

    private static SortedSet<String> signatures(BundleWiring wiring, String packageName) {
        SortedSet<String> lines = new TreeSet<>();
        Collection<String> resources = wiring.listResources("/" + packageName.replace('.', '/'), "*.class",
                BundleWiring.LISTRESOURCES_LOCAL);
        for (String resource : resources) {
            String className = resource.substring(0, resource.length() - ".class".length()).replace('/', '.');
            if (className.endsWith("package-info") || className.matches(".*\\$\\d.*")) {
                continue;
            }
            try {
                Class<?> type = Class.forName(className, false, wiring.getClassLoader());
                if (isApi(type)) {
                    lines.addAll(signatures(type));
                }
            } catch (ClassNotFoundException | LinkageError e) {
                lines.add(className + " cannot be loaded: " + e);
            }
        }
        return lines;
    }

    private static boolean isApi(Class<?> type) {
        for (Class<?> t = type; t != null; t = t.getDeclaringClass()) {
            int modifiers = t.getModifiers();
            if (!Modifier.isPublic(modifiers) && !(t != type && Modifier.isProtected(modifiers))) {
                return false;
            }
        }
        return !type.isSynthetic() && !type.isAnonymousClass() && !type.isLocalClass();
    }

    private static List<String> signatures(Class<?> type) {
        List<String> lines = new ArrayList<>();
        StringBuilder head = new StringBuilder(type.toGenericString());
        Type superclass = type.getGenericSuperclass();
        if (superclass != null && superclass != Object.class && !type.isEnum() && !type.isRecord()) {
            head.append(" extends ").append(superclass.getTypeName());
        }
        Type[] interfaces = type.getGenericInterfaces();
        if (interfaces.length > 0) {
            head.append(type.isInterface() ? " extends " : " implements ")
                    .append(Arrays.stream(interfaces).map(Type::getTypeName).collect(Collectors.joining(", ")));
        }
        lines.add(head.toString());
        for (Field field : type.getDeclaredFields()) {
            if (visible(field.getModifiers()) && !field.isSynthetic()) {
                lines.add(type.getName() + " | " + field.toGenericString());
            }
        }
        for (Constructor<?> constructor : type.getDeclaredConstructors()) {
            if (visible(constructor.getModifiers()) && !constructor.isSynthetic()) {
                lines.add(type.getName() + " | " + constructor.toGenericString());
            }
        }
        for (Method method : type.getDeclaredMethods()) {
            if (visible(method.getModifiers()) && !method.isSynthetic() && !method.isBridge()) {
                lines.add(type.getName() + " | " + method.toGenericString());
            }
        }
        return lines;
    }

    private static boolean visible(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }
}
