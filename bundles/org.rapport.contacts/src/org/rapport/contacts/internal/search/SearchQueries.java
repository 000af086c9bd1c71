package org.rapport.contacts.internal.search;

import java.util.List;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Turns typed text into an index query. Every typed word must begin some word of the person (a filter, which does
 * not score); the score only ranks: an exact name 100, each typed word that is a whole word of the name 4, each that
 * begins a word of the name 2, each that is a whole word anywhere 1. So "ada lovelace" ranks Ada Lovelace above
 * Ada Lovelace-Byron, above Adam Lovelock, above someone whose email is ada.lovelace@...
 */
final class SearchQueries {

    /** Typed words beyond this many are ignored; nobody types more to find a person. */
    static final int MAX_WORDS = 8;

    private final ContactAnalyzer analyzer;

    SearchQueries(ContactAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** The query for typed text, or {@code null} when the text has no words. */
    Query query(String text) {
        List<String> words = analyzer.words(text);
        if (words.isEmpty()) {
            return null;
        }
        if (words.size() > MAX_WORDS) {
            words = words.subList(0, MAX_WORDS);
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (String word : words) {
            query.add(beginning(PersonDocuments.ALL, PersonDocuments.ALL_PREFIX, word), Occur.FILTER);
        }
        query.add(boost(new TermQuery(new Term(PersonDocuments.EXACT, String.join(" ", words))), 100), Occur.SHOULD);
        for (String word : words) {
            query.add(boost(new TermQuery(new Term(PersonDocuments.NAME, word)), 4), Occur.SHOULD);
            query.add(boost(beginning(PersonDocuments.NAME, PersonDocuments.NAME_PREFIX, word), 2), Occur.SHOULD);
            query.add(boost(new TermQuery(new Term(PersonDocuments.ALL, word)), 1), Occur.SHOULD);
        }
        return query.build();
    }

    /** Words of {@code field} beginning with {@code word}: one term of the prefix field when the word is short enough. */
    private static Query beginning(String field, String prefixField, String word) {
        return word.length() <= ContactAnalyzer.MAX_PREFIX ? new TermQuery(new Term(prefixField, word))
                : new PrefixQuery(new Term(field, word));
    }

    private static Query boost(Query query, float boost) {
        return new BoostQuery(new ConstantScoreQuery(query), boost);
    }
}
