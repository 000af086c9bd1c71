package org.rapport.contacts.internal.search;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.util.CharTokenizer;

/**
 * How names, emails, handles, organizations and tags are cut into words, for the index and for what the user types
 * alike: words are runs of letters and digits (so {@code ada.lovelace@analytical.example} gives {@code ada},
 * {@code lovelace}, {@code analytical}, {@code example}), lower case, accents removed ({@code chloé} finds
 * {@code Chloé} and {@code Chloe}), apostrophes dropped ({@code obrien} and {@code o'bri} find {@code O'Brien}).
 */
final class ContactAnalyzer extends Analyzer {

    /**
     * Fields named with this suffix hold the beginnings of every word, 1 to {@link #MAX_PREFIX} letters ("lov" of
     * "lovelace"), so a typed word is one term to look up instead of a prefix to expand over every word of the index
     * (at a million people "l" expands to thousands of words and their postings).
     */
    static final String PREFIX_FIELD_SUFFIX = "_prefix";
    /** Typed words up to this long are looked up as word beginnings; longer ones (rarer) by prefix expansion. */
    static final int MAX_PREFIX = 8;

    private static final NormalizeCharMap APOSTROPHES;

    static {
        NormalizeCharMap.Builder builder = new NormalizeCharMap.Builder();
        builder.add("'", "");
        builder.add("\u2019", "");
        APOSTROPHES = builder.build();
    }

    /** Components per field: the prefix fields analyze differently (the default reuses one set for all fields). */
    ContactAnalyzer() {
        super(PER_FIELD_REUSE_STRATEGY);
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return new MappingCharFilter(APOSTROPHES, reader);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer words = CharTokenizer.fromTokenCharPredicate(Character::isLetterOrDigit);
        TokenStream stream = new ASCIIFoldingFilter(new LowerCaseFilter(words));
        if (fieldName.endsWith(PREFIX_FIELD_SUFFIX)) {
            stream = new EdgeNGramTokenFilter(stream, 1, MAX_PREFIX, false);
        }
        return new TokenStreamComponents(words, stream);
    }

    /** The words of a text as the index holds them. */
    List<String> words(String text) {
        List<String> words = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return words;
        }
        try (TokenStream stream = tokenStream("", new StringReader(text))) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                words.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // cannot happen on a StringReader
        }
        return words;
    }

    /** A name's words joined by single spaces, e.g. "chloe dubois": the key of an exact name match. */
    String normalized(String text) {
        return String.join(" ", words(text));
    }
}
