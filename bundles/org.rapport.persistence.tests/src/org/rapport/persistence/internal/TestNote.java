package org.rapport.persistence.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;

/** A note, the test unit's only entity. */
@Entity
@Table(name = "TEST_NOTE")
public class TestNote {

    @Id
    @TableGenerator(name = "test_note_ids", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "test_note_ids")
    private long id;

    @Version
    private int version;

    private String text;

    protected TestNote() {
    }

    TestNote(String text) {
        this.text = text;
    }

    String text() {
        return text;
    }
}
