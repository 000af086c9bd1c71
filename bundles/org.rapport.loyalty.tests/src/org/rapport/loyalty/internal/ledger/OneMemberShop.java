package org.rapport.loyalty.internal.ledger;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.loyalty.Statement;
import org.rapport.loyalty.internal.TestLoyalty;

/**
 * The hand-computed ledger tests' setting: program "Shop" (1 point/EUR, 14 pending days, 12 months expiry) in a fresh
 * database, with Ada (person 1) enrolled on 2025-01-01.
 */
abstract class OneMemberShop {

    @TempDir
    Path folder;
    TestLoyalty shop;
    long ada;

    @BeforeEach
    void open() {
        shop = new TestLoyalty(folder);
        ada = shop.enroll(1, "2025-01-01");
    }

    @AfterEach
    void close() {
        shop.close();
    }

    /** Ada's statement as of a day ({@code YYYY-MM-DD}). */
    Statement statement(String day) {
        return shop.statement(ada, day);
    }
}
