package org.rapport.contacts.internal.duplicates;

import java.time.LocalDate;
import java.util.Arrays;

import org.rapport.contacts.duplicates.DuplicateReason.Kind;
import org.rapport.contacts.internal.util.LongPairs;
import org.rapport.contacts.model.Sex;

/**
 * Everyone's name, birth date and sex in compact arrays, and the blocking keys that bring similar names together:
 * the name's words sorted (same name, or first and last swapped), the last name with the first initial (typos in the
 * first name), the first name with the last name's first three letters (typos later in the last name). Names are
 * compared only within a block; people whose known birth dates or stated sexes differ are not the same person.
 */
final class NameBlocks {

    private static final int UNKNOWN_BIRTH = Integer.MIN_VALUE;

    private long[] ids = new long[1024];
    private String[] names = new String[1024];
    private int[] births = new int[1024];
    private byte[] sexes = new byte[1024];
    private int size;

    void add(long id, String first, String last, LocalDate birth, Sex sex) {
        String name = NameSimilarity.normalize(first + " " + last);
        if (name.isEmpty()) {
            return;
        }
        if (size == ids.length) {
            int grown = size * 2;
            ids = Arrays.copyOf(ids, grown);
            names = Arrays.copyOf(names, grown);
            births = Arrays.copyOf(births, grown);
            sexes = Arrays.copyOf(sexes, grown);
        }
        ids[size] = id;
        names[size] = name;
        births[size] = birth == null ? UNKNOWN_BIRTH : (int) birth.toEpochDay();
        sexes[size] = (byte) (sex == null ? Sex.UNSPECIFIED.ordinal() : sex.ordinal());
        size++;
    }

    /** (key hash, person index) for every person and key kind, unsorted. */
    LongPairs keys() {
        LongPairs keys = new LongPairs(size * 3);
        for (int i = 0; i < size; i++) {
            String name = names[i];
            keys.add(KeyHash.of("n:" + NameSimilarity.sortedWords(name)), i);
            int space = name.lastIndexOf(' ');
            if (space > 0) {
                String firstWord = name.substring(0, name.indexOf(' '));
                String lastWord = name.substring(space + 1);
                keys.add(KeyHash.of("l:" + lastWord + "|" + firstWord.charAt(0)), i);
                keys.add(KeyHash.of("f:" + firstWord + "|" + lastWord.substring(0, Math.min(3, lastWord.length()))), i);
            }
        }
        return keys;
    }

    /** Records a similar-name reason for people {@code i} and {@code j} when their names are close enough. */
    void compare(int i, int j, PairEvidence evidence) {
        if (births[i] != UNKNOWN_BIRTH && births[j] != UNKNOWN_BIRTH && births[i] != births[j]) {
            return;
        }
        int unspecified = Sex.UNSPECIFIED.ordinal();
        if (sexes[i] != unspecified && sexes[j] != unspecified && sexes[i] != sexes[j]) {
            return;
        }
        double similarity = NameSimilarity.names(names[i], names[j]);
        if (similarity < DuplicateScanner.NAME_THRESHOLD) {
            return;
        }
        boolean sameBirth = births[i] != UNKNOWN_BIRTH && births[i] == births[j];
        // 0.5 at the threshold up to 0.7 for equal names; the same birth date adds 0.2
        double score = 0.5 + 0.2 * (similarity - DuplicateScanner.NAME_THRESHOLD) / (1 - DuplicateScanner.NAME_THRESHOLD)
                + (sameBirth ? 0.2 : 0);
        String detail = (similarity == 1 ? "same name" : String.format("similar names (%d%%)", Math.round(similarity * 100)))
                + (sameBirth ? " and birth date" : "");
        evidence.add(ids[i], ids[j], Kind.SIMILAR_NAME, score, detail);
    }
}
