# Writes reference-scores.tsv: the compound score of the reference implementation (vaderSentiment by C.J. Hutto, MIT,
# https://github.com/cjhutto/vaderSentiment, scored with commit 44fc044) for each post of labelled-posts.tsv, unmodified.
# ReferenceParityTest compares the Java scorer with it.
# usage: python3 reference-scores.py PATH-TO-vaderSentiment-checkout/vaderSentiment > reference-scores.tsv
import os
import sys

sys.path.insert(0, sys.argv[1])
from vaderSentiment import SentimentIntensityAnalyzer  # noqa: E402

analyzer = SentimentIntensityAnalyzer()
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "labelled-posts.tsv"), encoding="utf-8") as posts:
    for line in posts:
        text = line.rstrip("\n").split("\t", 1)[1]
        print("{}\t{}".format(analyzer.polarity_scores(text)["compound"], text))
