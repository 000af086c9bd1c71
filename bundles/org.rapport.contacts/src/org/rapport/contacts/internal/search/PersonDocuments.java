package org.rapport.contacts.internal.search;

import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.Term;
import org.apache.lucene.util.BytesRef;
import org.rapport.contacts.PersonRow;

/**
 * The layout of a person's document in the index. Changing it means raising {@link ContactIndex#FORMAT}, which makes
 * every workspace rebuild its index on the next start.
 */
final class PersonDocuments {

    /** The id as an indexed term, to replace or delete a person's document. */
    static final String KEY = "key";
    /** The id as a number (doc values), also the last sort key. */
    static final String ID = "id";
    static final String VERSION = "version";
    static final String UPDATED = "updated";
    /** The words of the first and last name. */
    static final String NAME = "name";
    /** Every word to find the person by: names, emails, handles, organizations, tags. */
    static final String ALL = "all";
    /** The beginnings of the words of ALL and NAME (see {@link ContactAnalyzer#PREFIX_FIELD_SUFFIX}). */
    static final String ALL_PREFIX = ALL + ContactAnalyzer.PREFIX_FIELD_SUFFIX;
    static final String NAME_PREFIX = NAME + ContactAnalyzer.PREFIX_FIELD_SUFFIX;
    /** The whole name as one term, both orders ("ada lovelace", "lovelace ada"), for exact-name matches. */
    static final String EXACT = "exact";
    /** The list's sort key (doc values). */
    static final String SORT = "sort";

    private static final String FIRST = "first";
    private static final String LAST = "last";
    private static final String EMAIL = "email";
    private static final String PHONE = "phone";
    private static final String ORGANIZATION = "organization";
    private static final String CITY = "city";
    private static final String OWNER = "owner";

    private final ContactAnalyzer analyzer;

    PersonDocuments(ContactAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    static Term key(long id) {
        return new Term(KEY, Long.toString(id));
    }

    Document document(IndexedPerson person) {
        PersonRow row = person.row();
        Document doc = new Document();
        doc.add(new StringField(KEY, Long.toString(row.id()), Store.NO));
        doc.add(new NumericDocValuesField(ID, row.id()));
        doc.add(new NumericDocValuesField(VERSION, person.version()));
        doc.add(new NumericDocValuesField(UPDATED, person.updatedMillis()));
        String name = row.firstName() + " " + row.lastName();
        doc.add(new TextField(NAME, name, Store.NO));
        doc.add(new TextField(NAME_PREFIX, name, Store.NO));
        List<String> all = new ArrayList<>();
        all.add(name);
        all.addAll(person.emails());
        all.addAll(person.handles());
        all.addAll(person.organizations());
        all.addAll(person.tags());
        String everything = String.join(" \n ", all);
        doc.add(new TextField(ALL, everything, Store.NO));
        doc.add(new TextField(ALL_PREFIX, everything, Store.NO));
        String firstLast = analyzer.normalized(name);
        if (!firstLast.isEmpty()) {
            doc.add(new StringField(EXACT, firstLast, Store.NO));
            String lastFirst = analyzer.normalized(row.lastName() + " " + row.firstName());
            if (!lastFirst.equals(firstLast)) {
                doc.add(new StringField(EXACT, lastFirst, Store.NO));
            }
        }
        doc.add(new SortedDocValuesField(SORT, new BytesRef(person.sortName())));
        stored(doc, FIRST, row.firstName());
        stored(doc, LAST, row.lastName());
        stored(doc, EMAIL, row.primaryEmail());
        stored(doc, PHONE, row.primaryPhone());
        stored(doc, ORGANIZATION, row.organization());
        stored(doc, CITY, row.city());
        stored(doc, OWNER, row.owner());
        return doc;
    }

    private static void stored(Document doc, String field, String value) {
        if (value != null && !value.isEmpty()) {
            doc.add(new StoredField(field, value));
        }
    }

    /** The list row kept in a document. */
    static PersonRow row(long id, Document doc) {
        return new PersonRow(id, text(doc, FIRST), text(doc, LAST), text(doc, EMAIL), text(doc, PHONE),
                text(doc, ORGANIZATION), text(doc, CITY), text(doc, OWNER));
    }

    private static String text(Document doc, String field) {
        String value = doc.get(field);
        return value == null ? "" : value;
    }
}
