package org.rapport.persistence.access;

import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.rapport.persistence.PersistenceUnitSpec;

/** A task, the only entity of the test unit {@code testtasks}: audited, with ids from a sequence like a domain's. */
@Entity
@Table(name = "TEST_TASK")
@SequenceGenerator(name = "test_task_ids", sequenceName = "TEST_TASK_SEQ", allocationSize = 50)
public class TestTask extends Audited {

    private static final long serialVersionUID = 1L;

    /** The unit's name in the fragment's META-INF/persistence.xml. */
    public static final String UNIT = "testtasks";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "test_task_ids")
    @Column(name = "ID")
    private long id;

    @Column(name = "TITLE", length = 100)
    private String title;

    protected TestTask() {
    }

    /** A new task, saved by persisting it. */
    public TestTask(String title) {
        this.title = title;
    }

    /** The unit at a schema version, without migrations. */
    public static PersistenceUnitSpec unit(int version) {
        return new PersistenceUnitSpec(UNIT, TestTask.class.getClassLoader(), version, List.of());
    }

    /** Its id, assigned when it is persisted. */
    public long id() {
        return id;
    }

    /** What to do. */
    public String title() {
        return title;
    }

    /** Changes what to do. */
    public void setTitle(String title) {
        this.title = title;
    }
}
