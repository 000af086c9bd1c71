package org.rapport.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.eclipse.core.runtime.IProduct;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;

/** The window title a custom product (releng/custom-product) gives its users. */
class WindowTitleTest {

    @Test
    void customProductsWindowTitleWinsOverItsName() {
        assertEquals("Acme CRM", RapportWindowAdvisor.title(product("Acme", Map.of("windowTitle", "Acme CRM"))));
    }

    @Test
    void productWithoutWindowTitleShowsItsName() {
        assertEquals("Acme", RapportWindowAdvisor.title(product("Acme", Map.of())));
        assertEquals("Acme", RapportWindowAdvisor.title(product("Acme", Map.of("windowTitle", " "))));
    }

    @Test
    void withoutProductTheWindowIsRapport() {
        assertEquals("Rapport", RapportWindowAdvisor.title(null));
    }

    private static IProduct product(String name, Map<String, String> properties) {
        return new IProduct() {
            @Override
            public String getApplication() {
                return "org.rapport.ui.application";
            }

            @Override
            public String getName() {
                return name;
            }

            @Override
            public String getDescription() {
                return name;
            }

            @Override
            public String getId() {
                return "com.acme.crm.branding.product";
            }

            @Override
            public String getProperty(String key) {
                return properties.get(key);
            }

            @Override
            public Bundle getDefiningBundle() {
                return null;
            }
        };
    }
}
